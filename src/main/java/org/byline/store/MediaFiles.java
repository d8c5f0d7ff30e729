package org.byline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.byline.domain.NewsroomException;
import org.byline.domain.Rendition;

/**
 * Photo files in the data directory. Originals are content-addressed, {@code media/ab/abcdef...}
 * by their SHA-256, so the same photo attached twice is stored once, and they are never modified.
 * Renditions are {@code renditions/<sha256>/<code>.jpg}, derived and always regenerable. Every file
 * appears under its final name in one atomic move, so a reader never sees half a photo.
 */
public final class MediaFiles {
    private final Path media;
    private final Path renditions;

    public MediaFiles(Path dataDirectory) {
        this.media = dataDirectory.resolve("media");
        this.renditions = dataDirectory.resolve("renditions");
    }

    /** A copy of a photo on its way into {@code media/}: hashed, not yet under its final name. */
    public record Incoming(String sha256, Path temp, String originalName) {}

    /**
     * Copies {@code source} next to the originals while hashing it. Refuses a file that grows past
     * {@code maxBytes} while it is copied (it was checked before, but files change).
     */
    public Incoming copyIn(Path source, long maxBytes) {
        String name = String.valueOf(source.getFileName());
        Path temp = null;
        try {
            Files.createDirectories(media);
            temp = Files.createTempFile(media, ".incoming-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new NewsroomException(
                                "error.photo.tooLarge", source, total / 1024 / 1024, maxBytes / 1024 / 1024);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Incoming(HexFormat.of().formatHex(sha.digest()), temp, name);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new NewsroomException("error.photo.cannotStore", e, source, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(temp);
            throw new IllegalStateException("every Java has SHA-256", e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Puts an incoming copy under its content's name, or drops it when that original is already here.
     *
     * @return true when the original was not here before
     */
    public boolean keep(Incoming incoming) {
        Path target = original(incoming.sha256());
        try {
            if (Files.exists(target)) {
                Files.delete(incoming.temp());
                return false;
            }
            Files.createDirectories(target.getParent());
            moveIntoPlace(incoming.temp(), target);
            return true;
        } catch (IOException e) {
            deleteQuietly(incoming.temp());
            throw new NewsroomException("error.photo.cannotStore", e, incoming.originalName(), e.getMessage());
        }
    }

    /**
     * Keeps an original that came as bytes (from the newsroom server) under its content's name,
     * after checking that the bytes are what the name says.
     *
     * @return false when they are not (nothing kept)
     */
    public boolean keepBytes(String sha256, byte[] bytes) {
        Path temp = null;
        try {
            String actual = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!actual.equals(sha256)) {
                return false;
            }
            Files.createDirectories(media);
            temp = Files.createTempFile(media, ".incoming-", ".tmp");
            Files.write(temp, bytes);
            keep(new Incoming(sha256, temp, sha256));
            return true;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new NewsroomException("error.photo.cannotStore", e, sha256, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public void discard(Incoming incoming) {
        deleteQuietly(incoming.temp());
    }

    public Path original(String sha256) {
        return media.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public Path rendition(String sha256, Rendition size) {
        return renditions.resolve(sha256).resolve(size.code() + ".jpg");
    }

    /** A new empty file beside where {@code size} goes, to write it to before {@link #publish}. */
    public Path renditionDraft(String sha256, Rendition size) {
        Path target = rendition(sha256, size);
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(target.getParent(), "." + size.code() + "-", ".tmp");
        } catch (IOException e) {
            throw new NewsroomException("error.photo.cannotStore", e, target, e.getMessage());
        }
    }

    /** Moves a finished rendition from its draft file to its name. */
    public Path publish(Path draft, String sha256, Rendition size) {
        Path target = rendition(sha256, size);
        try {
            moveIntoPlace(draft, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(draft);
            throw new NewsroomException("error.photo.cannotStore", e, target, e.getMessage());
        }
    }

    /** Deletes an original and its renditions. The caller makes sure no photo uses them any more. */
    public void delete(String sha256) {
        try {
            Path original = original(sha256);
            Files.deleteIfExists(original);
            try {
                Files.deleteIfExists(original.getParent()); // its two-letter shard, when it held only this one
            } catch (DirectoryNotEmptyException others) {
                // other originals share the shard
            }
            Path dir = renditions.resolve(sha256);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path f : files) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (NoSuchFileException e) {
            // deleted by someone else meanwhile: what we wanted
        } catch (IOException e) {
            // a file left behind costs disk space, never correctness; the next delete tries again
        }
    }

    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
