package org.byline.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Byline that was killed mid-work leaves in the data directory, swept when a store opens
 * (the window and every command open one): a backup's snapshot and unfinished zip (as large as
 * the store), a restore's unpacked folder, an attach's half-copied original, a package's unpacked
 * folder, and originals no photo uses any more.
 *
 * <p>The rules keep the sweep from ever taking what is still wanted. Only names Byline itself
 * gives are touched, never a user's file. Work files go only while no other Byline has the store
 * open (another process may be writing them right now) and only when older than this process.
 * An original no photo uses goes only when over an hour old: another process may have copied it
 * in and not yet committed the photo's row, which takes seconds, and an attach that finds its
 * original gone after committing copies it back (Photos.restoreOriginalsRemovedMeanwhile).
 */
final class Leftovers {
    static final Duration ORPHAN_AGE = Duration.ofHours(1);
    /** Where packages are unpacked while they are imported (Context hands it to Imports). */
    static final String IMPORT_SCRATCH = ".imports";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Leftovers() {}

    /** When this process started; work files from before it belong to a run that ended. */
    static Instant processStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * Work files of ended runs, when nobody else has the store open; call before this process
     * opens it. Nothing here is worth failing the start for.
     */
    /** @return whether it swept, that is whether no other Byline had the store open */
    static boolean sweepWorkFiles(Path dataDirectory, Instant startedAt) {
        try {
            return StoreLock.exclusively(dataDirectory, () -> {
                Path backups = dataDirectory.resolve("backups");
                deleteOlder(
                        backups, BackupArchive.SNAPSHOT_PREFIX + "*" + BackupArchive.SNAPSHOT_SUFFIX + "*", startedAt);
                deleteOlder(backups, "byline-backup-*.zip*" + BackupArchive.PARTIAL_SUFFIX, startedAt);
                deleteOlder(dataDirectory, BackupArchive.RESTORE_PREFIX + "*", startedAt);
                deleteOlder(dataDirectory.resolve("media"), ".incoming-*.tmp", startedAt);
                deleteOlder(dataDirectory.resolve(IMPORT_SCRATCH), "import-*", startedAt);
                // a rendition being written (.thumbnail-123.tmp beside thumbnail.jpg) when the run was killed
                Path renditions = dataDirectory.resolve("renditions");
                if (Files.isDirectory(renditions)) {
                    try (DirectoryStream<Path> photos = Files.newDirectoryStream(renditions)) {
                        for (Path photo : photos) {
                            deleteOlder(photo, ".*.tmp", startedAt);
                        }
                    } catch (IOException e) {
                        // the next start tries again
                    }
                }
                return true;
            });
        } catch (RuntimeException busy) {
            // another Byline has the store open: its work files may be in use, so they stay
            return false;
        }
    }

    /**
     * Originals no photo uses are only half of a killed attach or import when nobody else has the
     * store open (nobody can be between copying an original in and committing its row): then
     * those from before this process started go at once; otherwise only those over an hour old.
     */
    static Instant orphansFrom(boolean alone, Instant startedAt, Instant now) {
        return alone ? startedAt : now.minus(ORPHAN_AGE);
    }

    /** Originals in media/ab/ that no photo row names and that are older than {@code notAfter}. */
    static void sweepOrphans(Database db, Path dataDirectory, Instant notAfter) {
        Path media = dataDirectory.resolve("media");
        if (!Files.isDirectory(media)) {
            return;
        }
        Set<String> used = db.read(c -> {
            Set<String> all = new HashSet<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT DISTINCT sha256 FROM photos")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        });
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(media, "[0-9a-f][0-9a-f]")) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> originals = Files.newDirectoryStream(prefix)) {
                    for (Path original : originals) {
                        String name = original.getFileName().toString();
                        if (SHA256.matcher(name).matches()
                                && name.startsWith(prefix.getFileName().toString())
                                && !used.contains(name)
                                && isOlder(original, notAfter)) {
                            delete(original);
                            delete(dataDirectory.resolve("renditions").resolve(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // a sweep that cannot read the folder leaves it for the next start
        }
    }

    private static void deleteOlder(Path folder, String glob, Instant startedAt) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, glob)) {
            for (Path p : matches) {
                if (isOlder(p, startedAt)) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            // as above: the next start tries again
        }
    }

    private static boolean isOlder(Path p, Instant than) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(than);
        } catch (IOException e) {
            return false;
        }
    }

    /** A file, or a folder with everything in it. */
    private static void delete(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // left for the next start
        }
    }
}
