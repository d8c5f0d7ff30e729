package org.byline.ui.fx;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A short notice at the corner of the window (ControlsFX notifications) for something that ended
 * out of sight: it fades by itself and takes no focus, so typing goes on where it was.
 */
public final class Notices {
    private static final Logger LOG = Logger.getLogger(Notices.class.getName());
    /** The style class every notice carries, so a test (or a stylesheet) finds it. */
    public static final String STYLE_CLASS = "byline-notice";

    private Notices() {}

    /**
     * Shows the notice over the window {@code near} is in. Nothing when that window is not
     * showing (a pane not yet in a window, a window being closed): the notice is a courtesy, and
     * the same words stand in the window itself.
     */
    public static void show(Node near, String title, String text, boolean problem) {
        Window window = near.getScene() == null ? null : near.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        try {
            Notifications notice = Notifications.create()
                    .owner(window)
                    .title(title)
                    .text(text)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(Duration.seconds(problem ? 10 : 5))
                    .styleClass(STYLE_CLASS);
            if (problem) {
                notice.showWarning();
            } else {
                notice.showInformation();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a notice could not be shown: " + title, e);
        }
    }
}
