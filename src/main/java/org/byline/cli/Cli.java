package org.byline.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.Pasting;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: the same newsroom use cases as the window, without one. Exit codes: 0 done,
 * 1 refused or failed (one line on stderr naming the problem), 2 a usage error.
 */
public final class Cli implements AutoCloseable {
    private final GlobalOptions options;
    private final Session session;
    private final CommandLine commandLine;

    /**
     * @param options  the options shared by every command of this run
     * @param contexts opens the store the options point to
     */
    public Cli(
            GlobalOptions options,
            Function<GlobalOptions, ? extends Newsroom> contexts,
            PrintWriter out,
            PrintWriter err) {
        this.options = options;
        this.session = new Session(options, contexts);
        this.commandLine = new CommandLine(BylineCommand.class, new Factory(options, session));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "@/etc/hostname" typed as a headline is text, not a file for picocli to read in
        commandLine.setExpandAtFiles(false);
        offerHelp(commandLine);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            // a usage error is one line, as every refusal is, with where to read more; the whole
            // usage text is what --help is for
            CommandLine wrong = ex.getCommandLine();
            String said = Pasting.line(Messages.quotedPart(String.valueOf(ex.getMessage())));
            err.println("byline: "
                    + new Messages(options.locale())
                            .get("cli.usageError", said, wrong.getCommandSpec().qualifiedName()));
            err.flush();
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // the line may quote what was typed (a name, a section): a terminal must not obey it
            err.println("byline: " + Pasting.line(new Messages(options.locale()).describe(ex)));
            if (options.debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
    }

    /**
     * True when the arguments name no command, so the window should open. The global options are
     * filled in either way. A usage error is left for {@link #execute} to report.
     */
    public boolean wantsWindow(String... args) {
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (ParameterException e) {
            return false;
        }
    }

    /** Adds a command that lives outside this package (the benchmarks, which need the toolkit). */
    public void addCommand(String name, Object command) {
        commandLine.addSubcommand(name, command);
        offerHelp(commandLine.getSubcommands().get(name));
    }

    /**
     * Gives {@code command} and every command under it {@code -h}/{@code --help}, here once rather
     * than on each annotation, so a command added later cannot forget it.
     */
    private static void offerHelp(CommandLine command) {
        if (!command.getCommandSpec().optionsMap().containsKey("--help")) {
            command.addMixin("help", new HelpOption());
        }
        command.getSubcommands().values().forEach(Cli::offerHelp);
    }

    /** The command tree, for tests that walk every command. */
    CommandLine commandLine() {
        return commandLine;
    }

    public int execute(String... args) {
        int code = commandLine.execute(args);
        if (code != 0) {
            return code;
        }
        // on a newsroom copy the command's changes go to the server before the run ends
        PrintWriter err = commandLine.getErr();
        try {
            Session.Finish finish = session.finish();
            finish.lines().forEach(line -> err.println("byline: " + line));
            return finish.clean() ? 0 : 1;
        } catch (NewsroomException e) {
            err.println("byline: " + Pasting.line(new Messages(options.locale()).describe(e)));
            return 1;
        } finally {
            err.flush();
        }
    }

    public GlobalOptions options() {
        return options;
    }

    @Override
    public void close() {
        session.close();
    }

    /** Hands every command and mixin the objects of this run instead of reaching for globals. */
    private record Factory(GlobalOptions options, Session session) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == GlobalOptions.class) {
                return type.cast(options);
            }
            try {
                return type.getDeclaredConstructor(Session.class).newInstance(session);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
