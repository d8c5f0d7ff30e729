package org.byline.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.byline.i18n.Messages;
import org.byline.ui.fx.ViewModel;

/**
 * The status bar's word on the newsroom server, for a workstation that joined one: connected,
 * sending, or away with the work kept here. Fed on the FX thread by the window's newsroom line.
 */
@ViewModel
public final class NewsroomStatusViewModel {
    private final Messages m;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);

    public NewsroomStatusViewModel(Messages m) {
        this.m = m;
        text.set(m.get("newsroom.status.connecting"));
    }

    /** The line's news: whether the server answers, and how many changes made here wait. */
    public void standing(boolean answers, int waiting) {
        online.set(answers);
        if (!answers) {
            text.set(m.get("newsroom.status.offline", waiting));
        } else if (waiting > 0) {
            text.set(m.get("newsroom.status.sending", waiting));
        } else {
            text.set(m.get("newsroom.status.online"));
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }
}
