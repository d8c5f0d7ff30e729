package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.byline.app.Context;

/**
 * Runs byline commands in-process, each with a fresh {@link Cli} that is closed afterwards, as a
 * separate process would run them, on a Korean system with no BYLINE_DATA_DIR.
 */
final class CliRunner {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and how it ended. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private final Path dir;

    CliRunner(Path dir) {
        this.dir = dir;
    }

    /** One command against the test's data directory, which is given after the command. */
    Run at(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return byline(all);
    }

    /** One command against the test's data directory, with these environment variables (passwords). */
    Run withEnv(Map<String, String> env, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return run(new GlobalOptions(env, Locale.KOREAN), o -> new Context(requireDataDir(o), o.locale()), all);
    }

    /** One command exactly as given; --data-dir must be among the arguments. */
    Run byline(String... args) {
        return run(new GlobalOptions(Map.of(), Locale.KOREAN), o -> new Context(requireDataDir(o), o.locale()), args);
    }

    static Run run(GlobalOptions options, Function<GlobalOptions, Context> contexts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (Cli cli = new Cli(options, contexts, new PrintWriter(out, true), new PrintWriter(err, true))) {
            exit = cli.execute(args);
        }
        return new Run(exit, out.toString(), err.toString());
    }

    void addHong() {
        Run run = at("people", "add", "홍길동", "--email", "hong@tvseoul.kr");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** Starts an article by 홍길동 in 사회 and returns its id as printed. */
    String newArticle(String headline) {
        Run run = at("new", "--as", "홍길동", "--headline", headline, "--section", "사회", "--body", headline + " 소식이다.");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip();
    }

    int articleCount() {
        return at("list", "--json").json().size();
    }

    private static Path requireDataDir(GlobalOptions o) {
        if (o.dataDir() == null) {
            throw new AssertionError("--data-dir was not picked up; refusing to open the per-user store");
        }
        return o.dataDir();
    }
}
