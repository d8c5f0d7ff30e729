package org.byline.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings the newsroom lines log while the bench runs (a round that failed otherwise than by
 * the server being away), counted instead of written fifty times a second during the restart; the
 * first one is kept, so a run that had any can say what it was.
 */
final class LineWarnings extends Handler implements AutoCloseable {
    /** The logger NewsroomLine and Sync write to. */
    private static final String LOGGER = "org.byline.newsroom.Sync";

    private final Logger logger = Logger.getLogger(LOGGER);
    private final boolean parents;
    private final AtomicInteger count = new AtomicInteger();
    private volatile String first;

    LineWarnings() {
        parents = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue() && count.getAndIncrement() == 0) {
            Throwable t = record.getThrown();
            first = record.getMessage() + (t == null ? "" : ": " + t);
        }
    }

    int count() {
        return count.get();
    }

    /** The first warning, or null. */
    String first() {
        return first;
    }

    @Override
    public void flush() {
        // nothing is written anywhere
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parents);
    }
}
