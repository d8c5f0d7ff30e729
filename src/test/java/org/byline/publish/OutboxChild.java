package org.byline.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;

/**
 * A second Byline process that runs the outbox of a store, as the window's worker or repeated
 * {@code outbox run}s would, until it is killed: what the tests kill to see a sender die.
 * {@code OutboxChild DIR ANSWER_MS LEASE_MS}.
 */
public final class OutboxChild {
    /** Many quick tries: a soak's faults pass, and a job that fails for good is a finding. */
    public static final RetryPolicy PATIENT = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(800), 60);

    private OutboxChild() {}

    public static void main(String[] args) throws Exception {
        Duration answer = Duration.ofMillis(Long.parseLong(args[1]));
        PushTimeouts timeouts = new PushTimeouts(Duration.ofSeconds(2), answer, answer.multipliedBy(2));
        try (Context context = new Context(
                Path.of(args[0]),
                Locale.KOREAN,
                Clock.systemUTC(),
                timeouts,
                Duration.ofMillis(Long.parseLong(args[2])))) {
            while (true) {
                if (context.outbox().runDue(PATIENT) == 0) {
                    Thread.sleep(30);
                }
            }
        }
    }

    /** Starts the child on this test's class path; its output goes to {@code log}, appended. */
    public static Process start(Path dir, Duration answer, Duration lease, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8",
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                OutboxChild.class.getName(),
                dir.toString(),
                Long.toString(answer.toMillis()),
                Long.toString(lease.toMillis())));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }
}
