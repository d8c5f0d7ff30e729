package org.byline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;

/**
 * Backups of a data directory as one zip: a consistent copy of the store (SQLite's VACUUM INTO,
 * which reads one snapshot while Byline goes on writing) and the photo originals. Renditions are
 * left out: they are made again from the originals.
 */
public final class BackupArchive {
    static final String DATABASE_ENTRY = "byline.db";
    static final String MEDIA_PREFIX = "media/";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(NewsroomTime.ZONE);

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

    /** Writes byline-backup-yyyyMMdd-HHmmss.zip into {@code folder} and returns it. */
    public Path create(Path folder) {
        try {
            Files.createDirectories(folder);
            Path snapshot = Files.createTempFile(folder, ".snapshot-", ".db");
            Files.delete(snapshot); // VACUUM INTO wants a file that does not exist
            try {
                db.copyInto(snapshot);
                Path archive = folder.resolve("byline-backup-" + NAME.format(clock.instant()) + ".zip");
                Path partial = folder.resolve(archive.getFileName() + ".partial");
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    add(zip, DATABASE_ENTRY, snapshot);
                    Path media = dataDirectory.resolve("media");
                    if (Files.isDirectory(media)) {
                        try (Stream<Path> files = Files.walk(media)) {
                            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                                add(zip, MEDIA_PREFIX + media.relativize(f).toString().replace('\\', '/'), f);
                            }
                        }
                    }
                }
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                return archive;
            } finally {
                Files.deleteIfExists(snapshot);
            }
        } catch (IOException e) {
            throw new NewsroomException("error.backupFailed", e, folder, e.getMessage());
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
        archives.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return archives;
    }

    /**
     * Replaces the store in {@code dataDirectory} with the one in {@code archive} (the store must
     * be closed). The replaced files are kept beside it as byline.db.before-restore-*, so a
     * restore can itself be undone.
     */
    public static Path restore(Path archive, Path dataDirectory, Clock clock) {
        if (!Files.isRegularFile(archive)) {
            throw new NewsroomException("error.backupMissing", archive);
        }
        try {
            Files.createDirectories(dataDirectory);
            Path incoming = Files.createTempDirectory(dataDirectory, ".restore-");
            boolean hasDatabase = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path target = incoming.resolve(entry.getName()).normalize();
                    if (!target.startsWith(incoming) || entry.isDirectory()) {
                        continue; // nothing may land outside the folder
                    }
                    Files.createDirectories(target.getParent());
                    copy(zip, target);
                    hasDatabase |= entry.getName().equals(DATABASE_ENTRY);
                }
            }
            if (!hasDatabase) {
                throw new NewsroomException("error.backupNotAnArchive", archive);
            }
            String stamp = NAME.format(clock.instant());
            Path live = dataDirectory.resolve(Database.FILE_NAME);
            // the replaced store keeps its write-ahead log beside it: committed work may still be
            // only there (after a crash), and the kept copy must open complete
            for (String part : new String[] {"", "-wal", "-shm"}) {
                Path file = dataDirectory.resolve(Database.FILE_NAME + part);
                if (Files.exists(file)) {
                    Files.move(file, dataDirectory.resolve(Database.FILE_NAME + ".before-restore-" + stamp + part));
                }
            }
            Files.move(incoming.resolve(DATABASE_ENTRY), live);
            Path media = incoming.resolve("media");
            if (Files.isDirectory(media)) {
                try (Stream<Path> files = Files.walk(media)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Path target = dataDirectory.resolve("media").resolve(media.relativize(f).toString());
                        Files.createDirectories(target.getParent());
                        if (!Files.exists(target)) { // originals are content-addressed: same name, same bytes
                            Files.move(f, target);
                        }
                    }
                }
            }
            deleteTree(incoming);
            return live;
        } catch (java.util.zip.ZipException e) {
            throw new NewsroomException("error.backupNotAnArchive", e, archive);
        } catch (IOException e) {
            throw new NewsroomException("error.restoreFailed", e, archive, e.getMessage());
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

}
