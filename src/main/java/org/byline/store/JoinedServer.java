package org.byline.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;
import org.byline.domain.NewsroomException;

/**
 * Which newsroom server a workstation has joined: {@code newsroom.properties} in its data folder,
 * holding the server's address without user or password. The newsroom copy the window and the
 * commands then work on is the folder {@code newsroom/} beside it; the workstation's own store
 * stays where it was, for {@code newsroom move-in} and for {@code newsroom leave}.
 */
public final class JoinedServer {
    static final String FILE = "newsroom.properties";
    static final String COPY = "newsroom";

    private JoinedServer() {}

    /** The server this workstation joined, or empty. */
    public static Optional<String> of(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new NewsroomException("error.newsroom.linkUnreadable", e, file, e.getMessage());
        }
        return Optional.ofNullable(props.getProperty("server")).filter(s -> !s.isBlank());
    }

    /** The folder of the newsroom copy. */
    public static Path copyDirectory(Path dataDirectory) {
        return dataDirectory.resolve(COPY);
    }

    /** Where this workstation's store is: the newsroom copy once joined, else the data folder itself. */
    public static Path storeDirectory(Path dataDirectory) {
        return of(dataDirectory).isPresent() ? copyDirectory(dataDirectory) : dataDirectory;
    }

    /** Records the join, written whole or not at all: it is the last step of a join. */
    public static void record(Path dataDirectory, String server) {
        Properties props = new Properties();
        props.setProperty("server", server);
        Path file = dataDirectory.resolve(FILE);
        Path part = dataDirectory.resolve(FILE + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                props.store(out, "The newsroom server this workstation joined (byline newsroom join)");
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the server (first), then deletes the newsroom copy. */
    public static void forget(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteCopy(dataDirectory);
    }

    /** Deletes the newsroom copy's folder, if there is one (a join that did not finish leaves one). */
    public static void deleteCopy(Path dataDirectory) {
        Path copy = copyDirectory(dataDirectory);
        if (!Files.exists(copy)) {
            return;
        }
        try {
            Files.walkFileTree(copy, new SimpleFileVisitor<>() {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
