package org.byline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import org.byline.domain.NewsroomException;

/**
 * The sites' secrets, one file per site in the data directory's secrets/ folder, readable by the
 * owner only (rwx------ folder, rw------- files), never in byline.db: a backup of the store or a
 * copy of it sent to support carries no passwords. The file is created with its permissions
 * before a byte is written, so there is no moment when others could read it.
 */
public final class SecretFiles {
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private final boolean posix =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public SecretFiles(Path dataDirectory) {
        this(dataDirectory, "secrets");
    }

    private SecretFiles(Path dataDirectory, String folderName) {
        this.folder = dataDirectory.resolve(folderName);
    }

    /**
     * The secrets of a newsroom's sites, kept by a workstation that joined it, under the server's
     * ids for the sites: a folder of their own, so that no secret a copy kept under its own ids
     * before the sites moved to the server (newsroom schema 6) is ever taken for another site.
     */
    public static SecretFiles ofNewsroom(Path copyDirectory) {
        return new SecretFiles(copyDirectory, "newsroom-secrets");
    }

    public Path folder() {
        return folder;
    }

    public void write(long siteId, char[] secret) {
        Path file = file(siteId);
        try {
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(folder, OWNER_FOLDER);
            }
            Files.deleteIfExists(file);
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } else {
                Files.createFile(file);
            }
            try (Writer out =
                    Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(secret);
            }
        } catch (IOException e) {
            throw new NewsroomException("push.secretNotKept", e, folder);
        }
    }

    /** The secret as typed; the caller overwrites the array once it is used. */
    public char[] read(long siteId) {
        Path file = file(siteId);
        try {
            byte[] bytes = Files.readAllBytes(file);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            Arrays.fill(bytes, (byte) 0);
            char[] secret = new char[chars.remaining()];
            chars.get(secret);
            Arrays.fill(chars.array(), '\0');
            return secret;
        } catch (NoSuchFileException e) {
            throw new NewsroomException("push.secretMissing", e, file);
        } catch (IOException e) {
            throw new NewsroomException("push.secretUnreadable", e, file, e.getMessage());
        }
    }

    public void delete(long siteId) {
        try {
            Files.deleteIfExists(file(siteId));
        } catch (IOException e) {
            throw new NewsroomException("push.secretNotKept", e, folder);
        }
    }

    /** The sites whose secret this workstation keeps: the only ones it can push to. */
    public Set<Long> sites() {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (var files = Files.list(folder)) {
            Set<Long> ids = new java.util.TreeSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("site-\\d{1,18}\\.secret"))
                    .forEach(n -> ids.add(Long.parseLong(n.substring(5, n.length() - 7))));
            return ids;
        } catch (IOException e) {
            throw new NewsroomException("push.secretUnreadable", e, folder, e.getMessage());
        }
    }

    Path file(long siteId) {
        return folder.resolve("site-" + siteId + ".secret");
    }
}
