package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.byline.app.Context;
import org.byline.cli.CliRunner.Run;
import org.byline.newsroom.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the command line reads its arguments themselves: help, @files, the data directory. */
class HelpAndArgumentsTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void everyCommandAndSubcommand_answersHelp_withItsUsage_onStandardOutput() {
        List<List<String>> commands = new ArrayList<>();
        try (Cli cli = new Cli(
                new GlobalOptions(Map.of(), Locale.KOREAN),
                o -> {
                    throw new AssertionError("help opens no store");
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) {
            collect(cli.commandLine(), List.of(), commands);
        }
        assertThat(commands)
                .hasSizeGreaterThan(30)
                .contains(List.of("list"), List.of("people", "add"), List.of("outbox", "retry"));

        for (List<String> command : commands) {
            for (String help : new String[] {"--help", "-h"}) {
                List<String> args = new ArrayList<>(command);
                args.add(help);
                Run run = CliRunner.run(
                        new GlobalOptions(Map.of(), Locale.KOREAN),
                        o -> {
                            throw new AssertionError("help opens no store");
                        },
                        args.toArray(String[]::new));

                assertThat(run.exit()).as(args + ": " + run.err()).isZero();
                assertThat(run.out())
                        .as(args.toString())
                        .startsWith("Usage: byline")
                        .contains(String.join(" ", command));
                assertThat(run.err()).as(args.toString()).isEmpty();
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().aliases().equals(new String[0]) && !name.equals(sub.getCommandName())) {
                return; // an alias: the command itself is walked under its name
            }
            List<String> named = new ArrayList<>(path);
            named.add(name);
            into.add(named);
            collect(sub, named, into);
        });
    }

    @Test
    void anArgumentStartingWithAt_isText_notAFileToReadIn() throws Exception {
        byline.addHong();
        Path secret = Files.writeString(dir.resolve("hostname"), "secret-host");

        Run run = byline.at("new", "--as", "홍길동", "--headline", "@" + secret);

        assertThat(run.exit()).as(run.err()).isZero();
        String id = run.out().strip();
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("@" + secret);
    }

    @Test
    void anEmptyDataDirectory_optionOrVariable_isRefused_insteadOfAStoreInTheCurrentFolder() {
        Path here = Path.of("").toAbsolutePath();
        boolean storeHereBefore = Files.exists(here.resolve("byline.db"));

        for (String empty : new String[] {"", "  "}) {
            Run option = CliRunner.run(
                    new GlobalOptions(Map.of(), Locale.KOREAN),
                    o -> new Context(o.dataDirectory(), o.locale()),
                    "people",
                    "add",
                    "홍길동",
                    "--data-dir",
                    empty);
            Run variable = CliRunner.run(
                    new GlobalOptions(Map.of(DataDirectory.ENV, empty), Locale.KOREAN),
                    o -> new Context(o.dataDirectory(), o.locale()),
                    "people",
                    "add",
                    "홍길동");

            assertThat(option.exit()).isEqualTo(1);
            assertThat(option.out()).isEmpty();
            assertThat(option.err())
                    .isEqualTo("byline: --data-dir 이(가) 비어 있습니다. 데이터 폴더를 지정하거나 --data-dir 을(를) 빼세요."
                            + System.lineSeparator());
            assertThat(variable.exit()).isEqualTo(1);
            assertThat(variable.err())
                    .startsWith("byline: BYLINE_DATA_DIR 이(가) 비어 있습니다.")
                    .hasLineCount(1);
        }
        assertThat(Files.exists(here.resolve("byline.db"))).isEqualTo(storeHereBefore);
    }
}
