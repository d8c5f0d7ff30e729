package org.byline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongPredicate;
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
    private final List<Long> at = Collections.synchronizedList(new ArrayList<>());
    private volatile String first;

    LineWarnings() {
        parents = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() < Level.WARNING.intValue()) {
            return;
        }
        at.add(System.nanoTime());
        if (first == null) {
            Throwable t = record.getThrown();
            first = record.getMessage() + (t == null ? "" : ": " + t);
        }
    }

    int count() {
        return at.size();
    }

    /** How many were logged at a time {@code explained} does not account for (System.nanoTime). */
    int countOutside(LongPredicate explained) {
        synchronized (at) {
            return (int) at.stream().filter(t -> !explained.test(t)).count();
        }
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
