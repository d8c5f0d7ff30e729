package org.byline.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Staff;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The newsroom server part of 이 컴퓨터: which server this workstation joined and how it stands
 * with it, a connection test, joining and leaving. The same use cases as `byline newsroom join`,
 * `leave` and `status`; the window works in the newsroom from its next start.
 */
@ViewModel
public final class NewsroomLinkViewModel {
    private final Path dataFolder;
    private final Tasks tasks;
    private final Messages m;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper joined = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param who the name offered for signing in (the one working at the window) */
    public NewsroomLinkViewModel(Path dataFolder, String who, Tasks tasks, Messages m) {
        this.dataFolder = dataFolder;
        this.tasks = tasks;
        this.m = m;
        name.set(who);
        look();
    }

    /** Reads how this workstation stands with its newsroom (the server is knocked on, off the FX thread). */
    public void look() {
        tasks.run(
                () -> Joining.standing(dataFolder),
                s -> {
                    joined.set(s.server() != null);
                    if (s.server() == null) {
                        standing.set(m.get("settings.newsroom.none"));
                    } else {
                        address.set(s.server());
                        standing.set(m.get(
                                s.reachable() ? "settings.newsroom.online" : "settings.newsroom.offline",
                                s.server(),
                                s.waiting()));
                    }
                },
                e -> standing.set(m.describe(e)));
    }

    /** The connection test: nothing changes on this workstation. */
    public void test(char[] password) {
        char[] typed = password.clone();
        run(() -> {
            try {
                Joining.Tested t = Joining.test(address.get(), name.get(), typed);
                return m.get("settings.newsroom.tested", t.server(), t.person(), m.role(Role.fromCode(t.role())));
            } finally {
                Staff.forget(typed);
            }
        });
    }

    /** Joins the newsroom; the window works in it from its next start. */
    public void join(char[] password) {
        char[] typed = password.clone();
        run(() -> {
            try (Joining.Member member =
                    Joining.join(dataFolder, address.get(), name.get(), typed, Clock.systemUTC())) {
                return m.get("settings.newsroom.joinedRestart", member.person().name());
            } finally {
                Staff.forget(typed);
            }
        });
    }

    /** Back to this workstation's own store, from the next start; refused while changes wait. */
    public void leave() {
        run(() -> m.get("settings.newsroom.leftRestart", Joining.leave(dataFolder, false)));
    }

    /** Off the FX thread and off the store's writer: a join waits on the network, typing must not. */
    private void run(Supplier<String> work) {
        busy.set(true);
        said.set("");
        tasks.run(
                work,
                done -> {
                    busy.set(false);
                    said.set(done);
                    look();
                },
                e -> {
                    busy.set(false);
                    said.set(m.describe(e));
                });
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
