package org.byline.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.byline.domain.NewsroomException;

/**
 * Who has a data directory's store open, told through the operating system's file locks on
 * {@code byline.lock}: every open store holds a shared lock, a restore needs the exclusive one.
 * A restore while another Byline has the store open would swap the file under it, and that
 * process's later saves would go to the replaced store, lost to everyone; SQLite's own locks
 * cannot say whether another process merely has the file open.
 *
 * <p>The shared locks are counted per process in one static table. That is the file locks' own
 * nature, not a convenience: the operating system holds them per process, and on Linux closing
 * any channel on the file drops every lock the process has on it, so two stores opened in one
 * JVM (the tests, the window reopening after a restore) must share one channel and one lock.
 */
final class StoreLock implements AutoCloseable {
    static final String FILE_NAME = "byline.lock";
    /** How long opening waits for a restore in another process to finish. */
    private static final long WAIT_MILLIS = 30_000;

    private static final Map<Path, Shared> SHARED = new HashMap<>();

    private final Path file;

    private StoreLock(Path file) {
        this.file = file;
    }

    private static final class Shared {
        final FileChannel channel;
        final FileLock lock;
        int users;

        Shared(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** The shared lock an open store holds until it closes; waits while another process restores. */
    static StoreLock share(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath().normalize();
        synchronized (SHARED) {
            Shared shared = SHARED.get(file);
            if (shared == null) {
                shared = lock(file);
                SHARED.put(file, shared);
            }
            shared.users++;
            return new StoreLock(file);
        }
    }

    private static Shared lock(Path file) {
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                long until = System.currentTimeMillis() + WAIT_MILLIS;
                for (FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                        ;
                        lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
                    if (lock != null) {
                        return new Shared(channel, lock);
                    }
                    if (System.currentTimeMillis() > until) {
                        throw new NewsroomException("error.databaseLocked");
                    }
                    Thread.sleep(100);
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            } catch (InterruptedException e) {
                channel.close();
                Thread.currentThread().interrupt();
                throw new NewsroomException("error.databaseLocked", e);
            }
        } catch (AccessDeniedException | ReadOnlyFileSystemException e) {
            // a folder Byline may not write to: the same advice as for a read-only store file
            throw new NewsroomException("error.databaseReadOnly", e, file);
        } catch (IOException e) {
            throw new NewsroomException("error.databaseOpen", e, file, e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (SHARED) {
            Shared shared = SHARED.get(file);
            if (shared == null || --shared.users > 0) {
                return;
            }
            SHARED.remove(file);
            try {
                shared.lock.release();
                shared.channel.close();
            } catch (IOException e) {
                // the process's locks end with it anyway
            }
        }
    }

    /**
     * Runs {@code work} holding the exclusive lock: nobody, in this process or another, has the
     * store open meanwhile, and nobody opens it until the work is done.
     *
     * @throws NewsroomException error.restore.storeOpen when some Byline has the store open
     */
    static <T> T exclusively(Path dataDirectory, Supplier<T> work) {
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath().normalize();
        synchronized (SHARED) {
            if (SHARED.containsKey(file)) {
                throw new NewsroomException("error.restore.storeOpen", dataDirectory);
            }
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                try (FileLock lock = exclusiveOrNull(channel)) {
                    if (lock == null) {
                        throw new NewsroomException("error.restore.storeOpen", dataDirectory);
                    }
                    return work.get();
                }
            } catch (IOException e) {
                throw new NewsroomException("error.restoreFailed", e, dataDirectory, e.getMessage());
            }
        }
    }

    private static FileLock exclusiveOrNull(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}
