package org.byline.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.byline.domain.NewsroomException;
import org.byline.domain.WorkFiles;

/**
 * Writes an export so that it is there whole or not at all: everything goes to a temporary name
 * beside the target first and takes the target's name in one move. A failure leaves no half file,
 * and an earlier export of the same article stays as it was until the new one is complete.
 */
public final class ExportFiles {
    /**
     * Temporary names carry the writing process's id ({@code .article-12.zip-byline4711-…}), so
     * that what a killed export left behind can be told from what a running one is writing.
     */
    private static final Pattern TEMPORARY = Pattern.compile("^\\.(.+)-byline(\\d+)-(old-)?.*");

    private static final String MINE = WorkFiles.MINE;

    private ExportFiles() {}

    /**
     * Removes the temporary files and folders that an export killed halfway (kill -9, a power
     * cut) left in {@code folder}: only names Byline gives them, and only of processes that are
     * no longer running (or whose id now belongs to a process started after the file was made).
     */
    public static void sweepLeftovers(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(ExportFiles::leftBehind).forEach(ExportFiles::sweep);
        } catch (IOException | UncheckedIOException e) {
            // an unreadable folder fails the export itself, with its own message
        }
    }

    /**
     * A leftover goes, except an earlier HTML export set aside for the new one (the kill came
     * between the two moves): with no export of that name in place it goes back, as it was before.
     */
    private static void sweep(Path entry) {
        Matcher name = TEMPORARY.matcher(entry.getFileName().toString());
        Path target = entry.resolveSibling(name.matches() ? name.group(1) : "");
        if (name.matches() && name.group(3) != null && !Files.exists(target)) {
            try {
                move(entry, target);
                return;
            } catch (IOException e) {
                return; // kept under its temporary name: an earlier export is never thrown away
            }
        }
        deleteTree(entry);
    }

    private static boolean leftBehind(Path entry) {
        Matcher name = TEMPORARY.matcher(entry.getFileName().toString());
        if (!name.matches()) {
            return false;
        }
        try {
            return WorkFiles.writerGone(
                    Long.parseLong(name.group(2)),
                    Files.getLastModifiedTime(entry).toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    /** One file of an export: its path inside the folder or zip, and its bytes or the file to copy. */
    public record Entry(String name, byte[] bytes, Path file) {
        public static Entry of(String name, byte[] bytes) {
            return new Entry(name, bytes, null);
        }

        public static Entry copy(String name, Path file) {
            return new Entry(name, null, file);
        }
    }

    public static void file(Path target, byte[] bytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + MINE, ".tmp");
            Files.write(temp, bytes);
            readableByOthers(temp, FILE);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw cannotWrite(target, e);
        }
    }

    public static void zip(Path target, List<Entry> entries) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + MINE, ".tmp");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                for (Entry entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry.name()));
                    write(entry, zip);
                    zip.closeEntry();
                }
            }
            readableByOthers(temp, FILE);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw cannotWrite(target, e);
        }
    }

    /** A folder of files; an older folder of that name is replaced only once the new one is whole. */
    public static void folder(Path target, List<Entry> entries) {
        Path temp = null;
        Path old = null;
        try {
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + MINE);
            readableByOthers(temp, FOLDER);
            for (Entry entry : entries) {
                Path file = temp.resolve(entry.name()).normalize();
                if (!file.startsWith(temp)) {
                    throw new IllegalArgumentException("entry outside its folder: " + entry.name());
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(entry, out);
                }
            }
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + MINE + "old-");
                Files.delete(old);
                move(target, old);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                try {
                    move(old, target);
                    old = null;
                } catch (IOException ignored) {
                    // the earlier export stays under its temporary name; nothing is lost
                }
            }
            throw cannotWrite(target, e);
        } finally {
            deleteTree(temp);
            deleteTree(old);
        }
    }

    private static void write(Entry entry, OutputStream out) throws IOException {
        if (entry.bytes() != null) {
            out.write(entry.bytes());
        } else {
            Files.copy(entry.file(), out);
        }
    }

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    /**
     * Temp files and folders are created owner-only; an export is made to be handed on (a shared
     * drive, the web server), so it gets the permissions of any file the user saves.
     */
    private static void readableByOthers(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static NewsroomException cannotWrite(Path target, IOException e) {
        return new NewsroomException("export.cannotWrite", e, target, reason(e));
    }

    /**
     * Why a file could not be written, in the system's words ("File name too long", "No space
     * left on device") and without a Java class name; the path itself is named beside it.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a stray temporary folder is harmless
        }
    }
}
