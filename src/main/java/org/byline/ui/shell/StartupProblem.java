package org.byline.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Theme;

/**
 * The store could not be opened (damaged, locked by another program, read-only): say which and
 * what to do, and where a backup exists, offer to bring the newest one back.
 */
public final class StartupProblem {
    private StartupProblem() {}

    /**
     * @param atStart true before the window opened (the other choice is to quit), false when the
     *                check ran later (the other choice is to keep writing)
     */
    public static void show(
            Throwable failure,
            Messages m,
            Path dataDirectory,
            Optional<Path> newestBackup,
            boolean atStart,
            Runnable restore,
            Runnable otherwise) {
        ButtonType restoreButton = new ButtonType(m.get("startup.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quitButton =
                new ButtonType(m.get(atStart ? "startup.quit" : "startup.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = newestBackup.isPresent()
                ? new Alert(Alert.AlertType.ERROR, "", restoreButton, quitButton)
                : new Alert(Alert.AlertType.ERROR, "", quitButton);
        Theme.apply(alert.getDialogPane());
        alert.setTitle(m.get("app.title"));
        alert.setHeaderText(m.get("error.startup", dataDirectory));
        alert.setContentText(newestBackup
                .map(b -> m.describe(failure) + "\n\n" + m.get("startup.backupOffer", b.getFileName()))
                .orElse(m.describe(failure)));
        alert.getDialogPane().setId("startupProblem");
        if (newestBackup.isPresent()) {
            alert.getDialogPane().lookupButton(restoreButton).setId("restoreBackup");
        }
        alert.setOnHidden(e -> {
            if (alert.getResult() == restoreButton) {
                restore.run();
            } else {
                otherwise.run();
            }
        });
        alert.show();
    }
}
