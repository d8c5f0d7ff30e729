package org.byline.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Theme;

/**
 * What the user sees when something went wrong that Byline did not foresee: what happened in
 * their language, that their text is safe, and a report they can copy to whoever maintains Byline.
 * Never a silent failure, never a frozen window.
 */
public final class ErrorReport {
    private static boolean showing;

    private ErrorReport() {}

    public static void show(Throwable failure, Messages m, String logFolder) {
        if (showing) {
            return; // one report at a time: a failure repeating on every pulse must not bury the window
        }
        showing = true;
        String report = report(failure);
        ButtonType copy = new ButtonType(m.get("report.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
        Theme.apply(alert.getDialogPane());
        alert.setTitle(m.get("app.title") + " - " + m.get("report.title"));
        alert.setHeaderText(m.get("report.header", m.describe(failure), logFolder));
        TextArea text = new TextArea(report);
        text.setId("errorReport");
        text.setEditable(false);
        text.setPrefSize(640, 260);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying does not close the report
        });
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }

    static String report(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return "Byline " + ZonedDateTime.now() + "\n"
                + "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + "\n\n"
                + trace;
    }
}
