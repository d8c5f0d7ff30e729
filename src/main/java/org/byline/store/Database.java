package org.byline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.byline.domain.NewsroomException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file byline.db in the data directory: migrated on open, in WAL mode so readers run
 * beside the one writer, foreign keys on. One connection writes and one reads; each is used by one
 * thread at a time. Other Byline processes may open the same file; SQLite's locks and the
 * article version keep them from overwriting each other.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "byline.db";
    /** The highest migration in db/migration; SchemaTest fails when a new one is added without this. */
    static final int SCHEMA_VERSION = 11;

    private final Path file;
    /**
     * The store file as it was opened (its inode). Deleted or replaced under an open store, the
     * connections go on writing into a file no one will ever read again: saves are refused
     * instead, so the text stays on screen and the reporter is told.
     */
    private final Object identity;

    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private final StoreLock processLock;

    private Database(Path file, Connection writer, Connection reader, StoreLock processLock) {
        this.file = file;
        this.identity = identity(file);
        this.processLock = processLock;
        this.writer = writer;
        this.reader = reader;
    }

    public static Database open(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new NewsroomException("error.dataDirectory", e, dataDirectory);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new NewsroomException("error.databaseReadOnly", file);
        }
        SQLiteDataSource source = dataSource(file);
        // before this process counts as having the store open, so that alone it may sweep
        boolean alone = Leftovers.sweepWorkFiles(dataDirectory, Leftovers.processStart());
        // held as long as the store is open: a restore in another process refuses meanwhile
        StoreLock processLock = StoreLock.share(dataDirectory);
        try {
            migrate(source);
            Connection writer = source.getConnection();
            Connection reader = source.getConnection();
            Database db = new Database(file, writer, reader, processLock);
            try {
                Leftovers.sweepOrphans(
                        db, dataDirectory, Leftovers.orphansFrom(alone, Leftovers.processStart(), Instant.now()));
            } catch (RuntimeException e) {
                // a sweep that fails costs disk space, never the start
            }
            return db;
        } catch (SQLException e) {
            processLock.close();
            throw translate(e);
        } catch (FlywayException e) {
            processLock.close();
            SQLException sql = findSqlCause(e);
            throw sql != null ? translate(sql) : new NewsroomException("error.databaseOpen", e, file, e.getMessage());
        } catch (RuntimeException e) {
            processLock.close();
            throw e;
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        // NORMAL is durable in WAL mode against a process crash (kill -9); only power loss can
        // lose the last transactions, and FULL would make every autosave wait for fsync.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static void migrate(SQLiteDataSource source) {
        if (isCurrent(source)) {
            return; // Flyway's cold start costs a second of every window start; nothing to migrate
        }
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .loggers("slf4j") // never Flyway's console logger: stdout belongs to the commands
                .load()
                .migrate();
    }

    private static boolean isCurrent(SQLiteDataSource source) {
        try (Connection c = source.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT max(CAST(version AS INTEGER)), min(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 1;
        } catch (SQLException e) {
            return false; // a new store has no history yet
        }
    }

    /** Where packages are unpacked while they are imported: inside the data directory, so a killed import's folder is swept. */
    public static Path importScratch(Path dataDirectory) {
        return dataDirectory.resolve(Leftovers.IMPORT_SCRATCH);
    }

    private static Object identity(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return "gone";
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none of it. The
     * transaction begins IMMEDIATE, taking the write lock before the first read: a store busy with
     * another writer then makes the save wait (up to the busy timeout) instead of failing the moment
     * a read would have to become a write.
     */
    public <T> T write(SqlWork<T> work) {
        if (identity != null && !identity.equals(identity(file))) {
            throw new NewsroomException("error.storeFileGone", file);
        }
        writeLock.lock();
        try (Statement tx = writer.createStatement()) {
            tx.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                tx.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(tx, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Undoes the transaction {@code cause} broke off. After SQLITE_FULL or an I/O error SQLite may
     * have rolled it back already, and then ROLLBACK fails ("no transaction is active"): that
     * second failure is kept beside the first, never in its place, so the reporter hears about
     * the full disk and not about the rollback.
     */
    private static void rollBack(Statement tx, Throwable cause) {
        try {
            tx.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }

    /** Runs {@code work} on the reading connection, which sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * A consistent copy of the store in {@code target} (which must not exist), read from one
     * snapshot on a connection of its own, so the window's reads and writes go on meanwhile.
     */
    void copyInto(Path target) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * SQLite's quick_check, on a connection of its own: seconds on a large store, so callers run
     * it in the background once the window is up, never on the way to it.
     */
    public boolean isIntact() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimisation is a courtesy; closing matters more
            }
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            processLock.close();
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /** What V10's trigger says when a newsroom copy has given out every number the server lent it. */
    private static final String NO_ARTICLE_NUMBER = "byline: no article number left";

    /** Turns SQLite's error codes into messages a reporter can act on. */
    static NewsroomException translate(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new NewsroomException("error.databaseLocked", e);
            }
            if (name.startsWith("SQLITE_READONLY")
                    || name.startsWith("SQLITE_CANTOPEN")
                    || name.startsWith("SQLITE_PERM")) {
                return new NewsroomException("error.databaseReadOnly", e, name);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new NewsroomException("error.diskFull", e);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return new NewsroomException("error.databaseCorrupt", e);
            }
            if (String.valueOf(e.getMessage()).contains(NO_ARTICLE_NUMBER)) {
                return new NewsroomException("error.newsroom.noNumbersLeft", e);
            }
        }
        return new NewsroomException("error.database", e, e.getMessage());
    }

    private static SQLException findSqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** A piece of work against one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
