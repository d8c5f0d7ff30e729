package org.byline.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.byline.domain.NewsroomException;

/**
 * Unpacks a backup archive into a folder of its own and checks all of it before a restore
 * replaces anything: a restore that installs a file which is not a sound Byline store loses the
 * newsroom's work (every later command fails), so anything short of what {@link BackupArchive}
 * writes is refused, naming the problem.
 *
 * <p>What BackupArchive writes: one {@code byline.db} and photo originals as
 * {@code media/ab/<sha256>}, each once. The store must pass SQLite's integrity_check, carry
 * Byline's migration history and tables, and be no newer than this Byline; each original's
 * content must hash to its name. Sizes are limited while unpacking, whatever the headers claim.
 */
final class BackupCheck {
    private static final Pattern ORIGINAL = Pattern.compile("media/([0-9a-f]{2})/([0-9a-f]{64})");
    /** Tables every Byline store has had since its first migration; another program's SQLite file lacks them. */
    private static final List<String> TABLES =
            List.of("flyway_schema_history", "articles", "people", "settings", "photos");

    /**
     * @param maxEntries  entries an archive may hold (a newsroom's photos, with room to spare)
     * @param maxOriginal bytes one photo original may unpack to (far above any photo Byline takes)
     * @param spareBytes  free disk space the unpacked backup must leave, so a restore never fills the disk
     */
    record Limits(int maxEntries, long maxOriginal, long spareBytes) {
        static final Limits DEFAULT = new Limits(1_000_000, 1L << 30, 64L << 20);
    }

    private final Limits limits;

    BackupCheck(Limits limits) {
        this.limits = limits;
    }

    /**
     * Unpacks {@code archive} into the empty folder {@code into} and checks it.
     *
     * @throws NewsroomException error.backup* naming what is wrong; {@code into} may then hold part of it
     */
    void unpack(Path archive, Path into) {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            long room = Files.getFileStore(into).getUsableSpace() - limits.spareBytes();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!seen.add(name)) {
                    throw new NewsroomException("error.backup.duplicateEntry", archive, name);
                }
                if (seen.size() > limits.maxEntries()) {
                    throw new NewsroomException("error.backup.tooManyEntries", archive, limits.maxEntries());
                }
                if (isUnsafe(name)) {
                    throw new NewsroomException("error.backup.unsafeEntry", archive, name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Matcher original = ORIGINAL.matcher(name);
                boolean isStore = name.equals(BackupArchive.DATABASE_ENTRY);
                if (!isStore && !original.matches()) {
                    throw new NewsroomException("error.backup.unexpectedEntry", archive, name);
                }
                Path target = into.resolve(name);
                Files.createDirectories(target.getParent());
                long max = isStore ? room : Math.min(room, limits.maxOriginal());
                Unpacked unpacked = copy(zip, target, max, archive, name);
                room -= unpacked.bytes();
                if (original.matches()
                        && (!original.group(2).startsWith(original.group(1))
                                || !original.group(2).equals(unpacked.sha256()))) {
                    throw new NewsroomException("error.backup.photoDamaged", archive, name);
                }
            }
        } catch (ZipException | EOFException e) {
            throw new NewsroomException("error.backup.damaged", e, archive, e.getMessage());
        } catch (IOException e) {
            throw new NewsroomException("error.restoreFailed", e, archive, e.getMessage());
        }
        if (!seen.contains(BackupArchive.DATABASE_ENTRY)) {
            throw new NewsroomException("error.backupNotAnArchive", archive);
        }
        checkStore(archive, into.resolve(BackupArchive.DATABASE_ENTRY));
    }

    /** The entry names Byline writes are plain relative paths; anything else could land outside the data folder. */
    private static boolean isUnsafe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains("\0")
                || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private record Unpacked(long bytes, String sha256) {}

    /** Copies one entry, counting the bytes really inflated (a header's size may lie). */
    private static Unpacked copy(InputStream in, Path target, long max, Path archive, String name) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new NewsroomException("error.backup.entryTooLarge", archive, name, max >> 20);
                }
                out.write(buffer, 0, n);
            }
        }
        return new Unpacked(total, HexFormat.of().formatHex(sha.digest()));
    }

    /** The unpacked store: sound, Byline's, and not from a newer Byline. */
    private static void checkStore(Path archive, Path store) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
                Statement st = c.createStatement()) {
            String integrity = integrity(st);
            if (!integrity.equalsIgnoreCase("ok")) {
                throw new NewsroomException("error.backup.storeDamaged", archive, integrity);
            }
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                    if (!rs.next() || rs.getInt(1) == 0) {
                        throw new NewsroomException("error.backup.notAStore", archive, table);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > Database.SCHEMA_VERSION) {
                    throw new NewsroomException("error.backup.newer", archive, version, Database.SCHEMA_VERSION);
                }
            }
        } catch (SQLException e) {
            // SQLITE_NOTADB and SQLITE_CORRUPT end up here: garbage, or a store damaged past reading
            throw new NewsroomException("error.backup.storeDamaged", e, archive, e.getMessage());
        }
    }

    /** integrity_check's first finding ("ok" when there is none); it lists up to 100 otherwise. */
    private static String integrity(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
