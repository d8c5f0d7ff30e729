package org.byline.newsroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.byline.store.BackupArchive;

/**
 * Backups of the store and the photo originals: on demand, and once a day when the window
 * starts; the newest {@link #KEEP} in the data directory's backups folder are kept.
 */
public final class Backups {
    public static final int KEEP = 14;
    private static final Duration DAILY = Duration.ofHours(24);

    private final BackupArchive archive;
    private final Clock clock;

    public Backups(BackupArchive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    /** Where the daily backups go unless another folder is named. */
    public Path folder() {
        return archive.defaultFolder();
    }

    /** A backup written, and the photos (their file names) whose originals were missing from it. */
    public record Written(Path archive, List<String> missingPhotos) {
        public boolean complete() {
            return missingPhotos.isEmpty();
        }
    }

    /**
     * Writes a backup into {@code folder} (the data directory's backups folder when null). Missing
     * photo originals do not stop it, since the articles are worth keeping on their own; the
     * result names them, and so does the archive's name (...-incomplete.zip).
     */
    public Written backUp(Path folder) {
        Path target = folder == null ? archive.defaultFolder() : folder;
        BackupArchive.Written written = archive.create(target);
        if (folder == null) {
            archive.prune(target, KEEP);
        }
        return new Written(written.archive(), written.missingPhotos());
    }

    /** The daily backup, when the newest one is older than a day (or there is none). */
    public Optional<Written> backUpIfDue() {
        List<Path> existing = BackupArchive.list(archive.defaultFolder());
        try {
            if (!existing.isEmpty()
                    && Files.getLastModifiedTime(existing.get(0))
                            .toInstant()
                            .plus(DAILY)
                            .isAfter(clock.instant())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // unreadable time: back up anyway
        }
        return Optional.of(backUp(null));
    }

    /** The store's own integrity check; slow on a large store, so not on the way to the window. */
    public boolean storeIsIntact() {
        return archive.storeIsIntact();
    }

    public List<Path> existing() {
        return BackupArchive.list(archive.defaultFolder());
    }

    /** The newest backup in a data directory's backups folder, without opening its store. */
    public static Optional<Path> newest(Path dataDirectory) {
        return BackupArchive.list(dataDirectory.resolve("backups")).stream().findFirst();
    }

    /** What a restore did: the store now in place, and where the replaced one was kept (empty when there was none). */
    public record Restored(Path store, Optional<Path> previous) {}

    /**
     * Replaces the store in {@code dataDirectory} with {@code backup}, after checking the whole
     * backup; a backup that is not sound is refused and nothing changes. Nothing may have the
     * store open in this process; the replaced file stays beside it (byline.db.before-restore-...).
     */
    public static Restored restore(Path backup, Path dataDirectory, Clock clock) {
        BackupArchive.Restored done = BackupArchive.restore(backup, dataDirectory, clock);
        return new Restored(done.store(), Optional.ofNullable(done.previous()));
    }
}
