package org.byline.bench;

import static org.byline.bench.Figures.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.byline.domain.Person;
import org.byline.newsroom.Newsroom;

/**
 * JVM start to first shown window: Byline against a bare JavaFX window, each in a child JVM that
 * says SHOWN (see {@link WindowShown}), since a start can only be timed from outside the process.
 */
final class StartupBench implements Measurement {
    private final Bench.Byline target;
    private final int runs;

    StartupBench(Bench.Byline target, int runs) {
        this.target = target;
        this.runs = runs;
    }

    @Override
    public void measure(Path dir, PrintWriter out) throws Exception {
        // a reporter's store with the sample articles, so the window opens as it does on a desk
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            c.workspace().useProfile(p);
            c.onboarding().addSamples(p);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Double> bare = new ArrayList<>();
        List<Double> byline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(timeToShown(List.of(java, "-cp", cp, BareWindow.class.getName())));
            byline.add(timeToShown(List.of(
                    java,
                    "-D" + WindowShown.EXIT_WHEN_SHOWN + "=true",
                    "-cp",
                    cp,
                    target.main().getName(),
                    "--data-dir",
                    dir.toString())));
        }
        report(out, "startup: JVM start to window shown", "bare JavaFX window", bare, "Byline main window", byline);
    }

    private static double timeToShown(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("SHOWN")) {
                // skip
            }
            long shown = System.nanoTime();
            if (line == null) {
                throw new IllegalStateException("window did not open: " + String.join(" ", command.subList(0, 3)));
            }
            return (shown - start) / 1e6;
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }
}
