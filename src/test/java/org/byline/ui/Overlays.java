package org.byline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.byline.ui.fx.Notices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What ControlsFX shows over the windows, as a user sees it: the marks validation puts on a
 * field (their tooltips give the reason), the notices at the window's corner, the cells of a
 * combo box's open list. Read on the FX thread, in every window that is showing.
 */
final class Overlays {
    private Overlays() {}

    /** The reasons given by the validation marks showing on fields. */
    static List<String> fieldMarks() throws Exception {
        return collect(root -> root.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l
                        && l.isVisible()
                        && l.getGraphic() instanceof ImageView
                        && l.getTooltip() != null)
                .map(n -> ((Label) n).getTooltip().getText())
                .toList());
    }

    /** The words of each notice showing: its title and text. */
    static List<String> notices() throws Exception {
        return collect(root -> root.lookupAll("." + Notices.STYLE_CLASS).stream()
                .flatMap(bar -> texts(bar).stream())
                .toList());
    }

    /** The items of an open combo box list, as its cells show them. */
    static List<String> openListCells() throws Exception {
        return collect(root -> root.lookupAll(".combo-box-popup .list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty())
                .map(n -> ((ListCell<?>) n).getText())
                .toList());
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    private interface Reader {
        List<String> read(Parent root);
    }

    private static List<String> collect(Reader reader) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    List<String> all = new ArrayList<>();
                    for (Window w : Window.getWindows()) {
                        if (w.isShowing() && w.getScene() != null) {
                            all.addAll(reader.read(w.getScene().getRoot()));
                        }
                    }
                    return all;
                })
                .get(5, TimeUnit.SECONDS);
    }
}
