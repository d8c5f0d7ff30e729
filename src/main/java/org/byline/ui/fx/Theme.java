package org.byline.ui.fx;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

/** Byline's look on any window or dialog: our stylesheet and a Korean font when one is installed. */
public final class Theme {
    /** Korean fonts in the order we like them; the first one installed wins. */
    private static final List<String> KOREAN_FONTS = List.of(
            "Noto Sans KR", "Noto Sans CJK KR", "NanumGothic", "Nanum Gothic", "Malgun Gothic", "Apple SD Gothic Neo");
    private static final String STYLESHEET = Theme.class.getResource("/org/byline/ui/byline.css").toExternalForm();

    private Theme() {
    }

    public static void apply(Parent root) {
        root.getStylesheets().add(STYLESHEET);
        koreanFont().ifPresent(f -> root.setStyle("-fx-font-family: '" + f + "';"));
    }

    public static void apply(DialogPane pane) {
        apply((Parent) pane);
    }

    static Optional<String> koreanFont() {
        List<String> installed = Font.getFamilies();
        return KOREAN_FONTS.stream().filter(installed::contains).findFirst();
    }
}
