package org.byline.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;
import org.byline.newsroom.Backups;
import org.byline.ui.fx.FxTasks;
import org.byline.ui.shell.StartupProblem;

/**
 * A store in trouble: why it did not open, with its newest backup offered when it is damaged; and,
 * once the window is up, the integrity check, then the daily backup, so a damaged store is never
 * backed up over the good copies unnoticed.
 */
final class StoreRecovery {
    private static final Logger LOG = Logger.getLogger("org.byline.app");

    private StoreRecovery() {}

    /**
     * Shows why the store did not open. A damaged one is offered its newest backup: restored, then
     * {@code reopen} opens it again; closing the problem ends Byline.
     */
    static void atStart(RuntimeException failure, Messages messages, Path dataDirectory, Runnable reopen) {
        // a backup only mends a damaged store; a locked or read-only one needs something else
        boolean damaged = failure instanceof NewsroomException n && n.key().equals("error.databaseCorrupt");
        Optional<Path> backup = damaged ? Backups.newest(dataDirectory) : Optional.empty();
        StartupProblem.show(
                failure,
                messages,
                dataDirectory,
                backup,
                true,
                () -> {
                    Backups.restore(backup.orElseThrow(), dataDirectory, Clock.systemUTC());
                    LOG.warning(() -> "restored " + backup.get() + " after: " + failure);
                    reopen.run();
                },
                Platform::exit);
    }

    /**
     * The integrity check (seconds on a large store), then the daily backup if it passed. When it
     * finds damage, the newest backup is offered: {@code restoreWhileOpen} gets it.
     */
    static void checkThenBackUp(
            Backups backups, FxTasks tasks, Messages messages, Path dataDirectory, Consumer<Path> restoreWhileOpen) {
        tasks.run(
                backups::storeIsIntact,
                intact -> {
                    if (intact) {
                        tasks.run(
                                backups::backUpIfDue,
                                done -> done.filter(w -> !w.complete())
                                        .ifPresent(w -> LOG.warning(() -> "daily backup " + w.archive()
                                                + " lacks the originals of " + w.missingPhotos())),
                                failed -> LOG.log(Level.WARNING, "daily backup failed", failed));
                    } else {
                        LOG.severe("quick_check found damage in " + dataDirectory);
                        Optional<Path> backup = Backups.newest(dataDirectory);
                        StartupProblem.show(
                                new NewsroomException("error.databaseCorrupt"),
                                messages,
                                dataDirectory,
                                backup,
                                false,
                                () -> restoreWhileOpen.accept(backup.orElseThrow()),
                                () -> {});
                    }
                },
                failed -> LOG.log(Level.WARNING, "integrity check could not run", failed));
    }

    /** The store is closed: brings {@code backup} back over it. */
    static void restoreAfterDamageFound(Path backup, Path dataDirectory) {
        Backups.restore(backup, dataDirectory, Clock.systemUTC());
        LOG.warning(() -> "restored " + backup + " after quick_check found damage");
    }
}
