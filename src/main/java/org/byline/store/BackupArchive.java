package org.byline.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;
import org.byline.domain.WorkFiles;

/**
 * Backups of a data directory as one zip: a consistent copy of the store (SQLite's VACUUM INTO,
 * which reads one snapshot while Byline goes on writing) and the photo originals. Renditions are
 * left out: they are made again from the originals.
 */
public final class BackupArchive {
    static final String DATABASE_ENTRY = "byline.db";
    static final String MEDIA_PREFIX = "media/";
    /** The folder a restore unpacks into, inside the data directory; only Byline names folders so. */
    static final String RESTORE_PREFIX = ".restore-";

    static final String SNAPSHOT_PREFIX = ".snapshot-";
    static final String SNAPSHOT_SUFFIX = ".db";
    static final String PARTIAL_SUFFIX = ".partial";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(NewsroomTime.ZONE);

    private final Database db;
    private final Path dataDirectory;
    private final Clock clock;

    public BackupArchive(Database db, Path dataDirectory, Clock clock) {
        this.db = db;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /** Whether SQLite finds the store sound (see Database.isIntact). */
    public boolean storeIsIntact() {
        return db.isIntact();
    }

    public Path defaultFolder() {
        return dataDirectory.resolve("backups");
    }

    /**
     * A backup written: the archive, and the photos whose originals were not in media/ to put in
     * it (their original file names, one per missing original), when any.
     */
    public record Written(Path archive, List<String> missingPhotos) {}

    /**
     * Writes byline-backup-yyyyMMdd-HHmmss.zip into {@code folder}. When originals the store's
     * photos need are missing, the backup is still written (the articles are worth keeping on
     * their own) but named ...-incomplete.zip, and the missing photos are returned.
     */
    public Written create(Path folder) {
        try {
            Files.createDirectories(folder);
            sweepKilledBackups(folder);
            Path snapshot =
                    Files.createTempFile(folder, SNAPSHOT_PREFIX + WorkFiles.MINE.substring(1), SNAPSHOT_SUFFIX);
            Files.delete(snapshot); // VACUUM INTO wants a file that does not exist
            try {
                db.copyInto(snapshot);
                Map<String, String> originals = originalsOf(snapshot);
                Path media = dataDirectory.resolve("media");
                List<String> missing = new ArrayList<>();
                originals.forEach((sha256, name) -> {
                    if (!Files.isRegularFile(
                            media.resolve(sha256.substring(0, 2)).resolve(sha256))) {
                        missing.add(name);
                    }
                });
                String stamp = NAME.format(clock.instant());
                Path archive =
                        folder.resolve("byline-backup-" + stamp + (missing.isEmpty() ? "" : "-incomplete") + ".zip");
                Path partial = folder.resolve(archive.getFileName()
                        + WorkFiles.MINE.substring(0, WorkFiles.MINE.length() - 1)
                        + PARTIAL_SUFFIX);
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    add(zip, DATABASE_ENTRY, snapshot);
                    for (String sha256 : originals.keySet()) {
                        Path original = media.resolve(sha256.substring(0, 2)).resolve(sha256);
                        if (Files.isRegularFile(original)) {
                            add(zip, MEDIA_PREFIX + sha256.substring(0, 2) + "/" + sha256, original);
                        }
                    }
                }
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                return new Written(archive, List.copyOf(missing));
            } finally {
                Files.deleteIfExists(snapshot);
            }
        } catch (IOException e) {
            throw new NewsroomException("error.backupFailed", e, folder, e.getMessage());
        }
    }

    /** A snapshot or half archive a killed backup left in a folder (named with its writer's process id). */
    private static final Pattern KILLED = Pattern.compile(
            "^(?:\\.snapshot-byline(\\d+)-.*\\.db(?:-journal|-wal|-shm)?|byline-backup-.*\\.zip-byline(\\d+)\\.partial)$");

    /**
     * Removes what a backup killed halfway left in {@code folder} (a chosen --to folder is swept
     * nowhere else): only names Byline gives, only of processes that have ended.
     */
    private static void sweepKilledBackups(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Matcher name = KILLED.matcher(entry.getFileName().toString());
                if (name.matches()) {
                    long pid = Long.parseLong(name.group(1) != null ? name.group(1) : name.group(2));
                    if (WorkFiles.writerGone(
                            pid, Files.getLastModifiedTime(entry).toInstant())) {
                        Files.deleteIfExists(entry);
                    }
                }
            }
        } catch (IOException e) {
            // the backup itself says what is wrong with the folder
        }
    }

    /**
     * The originals the snapshot's photos use, by SHA-256, each with the name it was attached
     * under. Only these go into the backup: anything else in media/ (an orphan, a file another
     * program put there) is nothing a restore could use.
     */
    private static Map<String, String> originalsOf(Path snapshot) {
        Map<String, String> originals = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshot.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT sha256, min(original_name) FROM photos GROUP BY sha256")) {
            while (rs.next()) {
                originals.put(rs.getString(1), rs.getString(2));
            }
            return originals;
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Keeps the newest {@code keep} archives in {@code folder} and deletes the older ones. */
    public List<Path> prune(Path folder, int keep) {
        List<Path> archives = list(folder);
        List<Path> removed = new ArrayList<>();
        for (int i = keep; i < archives.size(); i++) {
            try {
                Files.deleteIfExists(archives.get(i));
                removed.add(archives.get(i));
            } catch (IOException e) {
                // an old backup that cannot be removed is harmless
            }
        }
        return removed;
    }

    /** Backup archives in {@code folder}, newest first. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "byline-backup-*.zip")) {
            dir.forEach(archives::add);
        } catch (IOException e) {
            return List.of();
        }
        archives.sort(
                Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return archives;
    }

    /** The store a restore put in place, and where the store it replaced was kept (null when there was none). */
    public record Restored(Path store, Path previous) {}

    /**
     * Replaces the store in {@code dataDirectory} with the one in {@code archive} (the store must
     * be closed). The whole archive is unpacked beside the store and checked first
     * ({@link BackupCheck}); only a sound Byline backup replaces anything. The replaced files are
     * kept beside it as byline.db.before-restore-*, so a restore can itself be undone.
     */
    public static Restored restore(Path archive, Path dataDirectory, Clock clock) {
        if (!Files.isRegularFile(archive)) {
            throw new NewsroomException("error.backupMissing", archive);
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new NewsroomException("error.restoreFailed", e, archive, e.getMessage());
        }
        // nobody may have the store open while it is swapped: their later saves would be lost
        return StoreLock.exclusively(dataDirectory, () -> unpackAndInstall(archive, dataDirectory, clock));
    }

    private static Restored unpackAndInstall(Path archive, Path dataDirectory, Clock clock) {
        Path incoming;
        try {
            Files.createDirectories(dataDirectory);
            incoming = Files.createTempDirectory(dataDirectory, RESTORE_PREFIX);
        } catch (IOException e) {
            throw new NewsroomException("error.restoreFailed", e, archive, e.getMessage());
        }
        try {
            new BackupCheck(BackupCheck.Limits.DEFAULT).unpack(archive, incoming);
            return install(incoming, dataDirectory, NAME.format(clock.instant()));
        } catch (IOException e) {
            throw new NewsroomException("error.restoreFailed", e, archive, e.getMessage());
        } finally {
            deleteQuietly(incoming);
        }
    }

    /**
     * Puts a checked backup in place so that a kill at any moment leaves the store before or the
     * store after, never a mix: the originals go first (content-addressed, so extra ones harm
     * nothing, and the next start sweeps them if the swap never came); the store being replaced
     * is made whole in one file (its write-ahead log folded in, so no old log can ever be read
     * against the new file) and copied aside; then one rename swaps the stores.
     */
    private static Restored install(Path incoming, Path dataDirectory, String stamp) throws IOException {
        Path live = dataDirectory.resolve(Database.FILE_NAME);
        Path media = incoming.resolve("media");
        if (Files.isDirectory(media)) {
            try (Stream<Path> files = Files.walk(media)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = dataDirectory
                            .resolve("media")
                            .resolve(media.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    if (!Files.exists(target)) { // originals are content-addressed: same name, same bytes
                        Files.move(f, target);
                    }
                }
            }
        }
        Path aside = null;
        if (Files.exists(live)) {
            if (foldLog(live)) {
                // copied under a temporary name, then given the kept name before the swap: a kill
                // or a failure after the swap can no longer take the only copy of the old store
                Path copy = incoming.resolve("previous.db");
                Files.copy(live, copy);
                aside = unused(dataDirectory.resolve(Database.FILE_NAME + ".before-restore-" + stamp));
                Files.move(copy, aside);
            } else {
                // a store too damaged to open has no before worth keeping whole: it is moved aside
                // with its log as it is, for whoever wants to look at it
                for (String part : new String[] {"", "-wal", "-shm"}) {
                    Path file = dataDirectory.resolve(Database.FILE_NAME + part);
                    if (Files.exists(file)) {
                        Files.move(file, dataDirectory.resolve(Database.FILE_NAME + ".before-restore-" + stamp + part));
                    }
                }
            }
        }
        for (String part : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(dataDirectory.resolve(Database.FILE_NAME + part)); // folded in above: empty
        }
        try {
            Files.move(
                    incoming.resolve(DATABASE_ENTRY),
                    live,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(incoming.resolve(DATABASE_ENTRY), live, StandardCopyOption.REPLACE_EXISTING);
        }
        Path moved = dataDirectory.resolve(Database.FILE_NAME + ".before-restore-" + stamp);
        Path previous = aside != null ? aside : Files.exists(moved) ? moved : null;
        return new Restored(live, previous);
    }

    /**
     * Writes everything the write-ahead log holds into the store file itself. Nobody has the
     * store open (the caller holds it exclusively), so afterwards the log is empty.
     *
     * @return false when the store is too damaged to open
     */
    /** {@code wanted}, or wanted-2, -3 ... when a restore in the same second kept one already. */
    private static Path unused(Path wanted) {
        Path name = wanted;
        for (int n = 2; Files.exists(name); n++) {
            name = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return name;
    }

    private static boolean foldLog(Path store) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return true;
        } catch (SQLException e) {
            return false; // damaged: not a store SQLite can open
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a folder left behind costs disk space, never correctness
        }
    }
}
