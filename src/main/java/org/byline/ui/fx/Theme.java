package org.byline.ui.fx;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * Byline's look on any window or dialog: our stylesheet, a Korean font when one is installed, and
 * our icon in the title bar and the task bar.
 */
public final class Theme {
    /** Korean fonts in the order we like them; the first one installed wins. */
    private static final List<String> KOREAN_FONTS = List.of(
            "Noto Sans KR", "Noto Sans CJK KR", "NanumGothic", "Nanum Gothic", "Malgun Gothic", "Apple SD Gothic Neo");

    private static final String STYLESHEET =
            Theme.class.getResource("/org/byline/ui/byline.css").toExternalForm();
    /** The sizes window managers ask for, from a 16-pixel title bar to a 256-pixel task switcher. */
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static List<Image> icons;

    private Theme() {}

    public static void apply(Parent root) {
        root.getStylesheets().add(STYLESHEET);
        koreanFont().ifPresent(f -> root.setStyle("-fx-font-family: '" + f + "';"));
    }

    /** A dialog's own window gets the icon too: not every window manager takes it from the owner. */
    public static void apply(DialogPane pane) {
        apply((Parent) pane);
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
            apply(stage);
        }
    }

    /** Byline's icon on {@code stage}, in every size drawn by packaging/icons/draw.sh. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(icons());
    }

    private static synchronized List<Image> icons() {
        if (icons == null) {
            icons = ICON_SIZES.stream()
                    .map(size -> new Image(Theme.class
                            .getResource("/org/byline/ui/icons/byline-" + size + ".png")
                            .toExternalForm()))
                    .toList();
        }
        return icons;
    }

    static Optional<String> koreanFont() {
        List<String> installed = Font.getFamilies();
        return KOREAN_FONTS.stream().filter(installed::contains).findFirst();
    }
}
