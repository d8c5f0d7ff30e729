package org.byline.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.application.Application;
import org.byline.newsroom.Newsroom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code byline bench}: medians of what a reporter feels, each against a baseline measured in the
 * same run, so the ratio means something on any machine. Needs a display (or xvfb-run) for the
 * two window measurements.
 */
@Command(
        name = "bench",
        description = "Benchmarks: window start, keystroke to preview, search over 100,000 articles, photo renditions;"
                + " with --server, a newsroom of simulated workstations on a PostgreSQL server.")
public final class Bench implements Callable<Integer> {
    /**
     * What is measured, handed in by app.Main so that the bench needs no class of app (app starts
     * the bench; the bench does not reach back).
     *
     * @param openStore a store on a data directory, as the window and the commands open it
     * @param window    Byline's window on a data directory, not yet initialised
     * @param main      the class a child JVM starts to open the window as a reporter does
     */
    public record Byline(Function<Path, Newsroom> openStore, Function<Path, Application> window, Class<?> main) {}

    private final Byline target;

    @Option(
            names = "--runs",
            defaultValue = "5",
            description = "Repetitions of each measurement (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles generated for the search benchmark")
    int articles;

    @Option(
            names = "--only",
            split = ",",
            description =
                    "startup, typing, search, photos, newsroom, newsroom-queue (default: all; the newsroom ones only with --server)")
    List<String> only;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "newsroom: a PostgreSQL server whose user may create databases and roles,"
                    + " e.g. postgresql://127.0.0.1:5432/postgres?user=postgres; password from BYLINE_DB_PASSWORD")
    String server;

    @Option(
            names = "--workstations",
            defaultValue = "50",
            description = "newsroom: simulated workstations, a fifth of them desk editors (default ${DEFAULT-VALUE})")
    int workstations;

    @Option(
            names = "--seconds",
            defaultValue = "120",
            description = "newsroom: how long the newsroom works (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--json", description = "newsroom: print its figures as one JSON object a line")
    boolean json;

    @Spec
    CommandSpec spec;

    public Bench(Byline byline) {
        this.target = byline;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((wants("newsroom") || wants("newsroom-queue")) && server == null) {
            spec.commandLine().getErr().println("byline bench: the newsroom measurement needs --server URL");
            return 2;
        }
        Path work = Files.createTempDirectory("byline-bench");
        // in this order: the typing measurement starts JavaFX in this JVM, which then stays up until the exit
        Map<String, Measurement> measurements = new LinkedHashMap<>();
        measurements.put("startup", new StartupBench(target, runs));
        measurements.put("search", new SearchBench(target, runs, articles));
        measurements.put("photos", new PhotoBench(runs));
        measurements.put(
                "newsroom",
                new NewsroomBench(
                        target,
                        new NewsroomBench.Plan(
                                server,
                                System.getenv().getOrDefault("BYLINE_DB_PASSWORD", ""),
                                workstations,
                                seconds,
                                json)));
        measurements.put(
                "newsroom-queue",
                new NewsroomQueueBench(
                        target,
                        new NewsroomBench.Plan(
                                server,
                                System.getenv().getOrDefault("BYLINE_DB_PASSWORD", ""),
                                workstations,
                                seconds,
                                json),
                        runs,
                        articles));
        measurements.put("typing", new TypingBench(target, runs));
        for (Map.Entry<String, Measurement> m : measurements.entrySet()) {
            if (wants(m.getKey())) {
                m.getValue().measure(work.resolve(m.getKey()), out);
            }
        }
        out.flush();
        System.exit(0); // the toolkit of the typing benchmark would keep the JVM alive
        return 0;
    }

    private boolean wants(String name) {
        if (only == null) {
            // the newsroom needs a server somebody named; without one "all" is what it always was
            return !name.startsWith("newsroom") || server != null;
        }
        return only.contains(name);
    }
}
