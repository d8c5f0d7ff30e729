package org.byline.newsroom;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.byline.domain.Sender;

/**
 * This process as the sender of push jobs, and whether the sender a job names has died: on the
 * same machine the system says so at once, so a job left 'sending' by a killed run need not wait
 * for its lease. Only a sure answer counts: another machine, or a host without a name, is left to
 * the lease.
 */
final class SendingProcesses {
    static final String UNKNOWN_HOST = "?";

    private SendingProcesses() {}

    static Sender current() {
        ProcessHandle me = ProcessHandle.current();
        return new Sender(
                me.pid(),
                me.info().startInstant().map(SendingProcesses::toMillis).orElse(null),
                host());
    }

    /** True when {@code sender} ran on {@code me}'s machine and no process of its pid and start is running there now. */
    static boolean gone(Sender sender, Sender me) {
        if (sender == null || UNKNOWN_HOST.equals(me.host()) || !me.host().equals(sender.host())) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(sender.pid());
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // the pid was given to another process since (the start differs); an unknown start cannot tell
        Optional<Instant> started = process.get().info().startInstant().map(SendingProcesses::toMillis);
        return sender.started() != null && started.isPresent() && !started.get().equals(sender.started());
    }

    /** Stored to the millisecond, compared to the millisecond. */
    private static Instant toMillis(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }

    /**
     * The machine's own name, read the same way by every Byline process on it: the kernel's on
     * Linux (no name lookup, which may hang on a broken resolver), else what the system says.
     */
    private static String host() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                String name = Files.readString(kernel, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the other ways of asking
        }
        String env = System.getenv("COMPUTERNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return UNKNOWN_HOST;
        }
    }
}
