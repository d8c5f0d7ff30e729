package org.byline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log, in the data directory's logs folder: five files of at most 1 MB, the oldest
 * dropped, so a newsroom machine never fills up with them. One logging API (java.util.logging,
 * which SLF4J from sqlite-jdbc and Flyway is routed into) for everything.
 */
final class Logs {
    static final int FILE_LIMIT = 1_000_000;
    static final int FILE_COUNT = 5;

    private Logs() {}

    /** The log of one running window; closing it stops writing and releases the files. */
    record Handle(Path folder, FileHandler handler) implements AutoCloseable {
        @Override
        public void close() {
            if (handler != null) {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
    }

    /** Starts writing org.byline's messages (and warnings of libraries) to the data directory. */
    static Handle install(Path dataDirectory) {
        Path folder = dataDirectory.resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler handler =
                    new FileHandler(folder.resolve("byline-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            Logger.getLogger("org.byline").setLevel(Level.INFO);
            return new Handle(folder, handler);
        } catch (IOException | RuntimeException e) {
            // no log file (read-only folder): Byline still works, the console keeps the warnings
            Logger.getLogger("org.byline").log(Level.WARNING, "cannot write logs in " + folder, e);
            return new Handle(folder, null);
        }
    }
}
