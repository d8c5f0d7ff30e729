package org.byline.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Theme;

/** F1: how the body is written (paragraphs, lists, subheadings) and how it is counted. */
public final class HelpDialog {
    private HelpDialog() {}

    public static void show(Window owner, Messages m) {
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION,
                "",
                new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.apply(alert.getDialogPane());
        alert.initOwner(owner);
        alert.setTitle(m.get("app.title") + " - " + m.get("help.title"));
        alert.setHeaderText(m.get("help.title"));
        TextArea text = new TextArea(m.get("help.body"));
        text.setId("helpText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 460);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
