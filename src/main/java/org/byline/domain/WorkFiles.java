package org.byline.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Work files (a half export, a backup's snapshot) carry the id of the process writing them, so
 * that what a killed run left can be told from what a running one is still writing, by any
 * process, without waiting an hour to be sure.
 */
public final class WorkFiles {
    /** "-byline4711-": what this process puts in the names of its work files. */
    public static final String MINE = "-byline" + ProcessHandle.current().pid() + "-";

    private WorkFiles() {}

    /**
     * Whether the process that named a work file {@code pid} has ended: no such process runs,
     * or the id now belongs to a process started after the file was last written.
     */
    public static boolean writerGone(long pid, Instant lastWritten) {
        Optional<ProcessHandle> writer = ProcessHandle.of(pid);
        if (writer.isEmpty() || !writer.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = writer.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(lastWritten);
    }
}
