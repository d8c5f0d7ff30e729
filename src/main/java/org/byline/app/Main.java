package org.byline.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.byline.cli.Cli;
import org.byline.cli.GlobalOptions;
import org.byline.newsroom.DataDirectory;

/**
 * Starts Byline: {@code byline} opens the window, {@code byline COMMAND ...} runs a command and
 * exits without touching the display. This class does not extend Application so that the plain
 * {@code java -jar byline.jar} works with JavaFX on the class path.
 */
public final class Main {
    /** The log file of this command run, once a command opened the store (whose folder holds it). */
    private static Logs.Handle commandLog;

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        java.util.Optional<BylineApp.Options> window = WindowArguments.parse(args, System.getenv(), Locale.getDefault());
        if (window.isPresent()) {
            // the common start: straight to the window, without building the command line (~0.4 s)
            BylineApp.launch(window.get());
            return;
        }
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        GlobalOptions options = new GlobalOptions(System.getenv(), Locale.getDefault());
        int exit;
        try (Cli cli = new Cli(options, Main::openContext, out, err)) {
            cli.addCommand("bench", new Bench());
            if (cli.wantsWindow(args)) {
                BylineApp.launch(new BylineApp.Options(DataDirectory.resolve(options.dataDir(), options.env()), options.locale(),
                        options.languageGiven()));
                return;
            }
            logToFileOnly();
            exit = cli.execute(args);
        } finally {
            if (commandLog != null) {
                commandLog.close();
            }
        }
        out.flush();
        err.flush();
        System.exit(exit);
    }

    static Context openContext(GlobalOptions options) {
        if (commandLog == null) {
            commandLog = Logs.install(options.dataDirectory());
        }
        return new Context(options.dataDirectory(), options.locale());
    }

    /**
     * A command's stderr is its answer to whoever ran it: one {@code byline:} line per problem,
     * which scripts read. Warnings (a push that failed, the retries before) are for the log file in
     * the data directory, which {@link #openContext} opens; the console handler that the logging
     * configuration gives the window is taken off for commands.
     */
    static void logToFileOnly() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    /** Libraries log warnings and worse to stderr; their progress chatter is not for reporters. */
    static void quietLogging() {
        try (var in = Main.class.getResourceAsStream("logging.properties")) {
            java.util.logging.LogManager.getLogManager().readConfiguration(in);
        } catch (java.io.IOException | RuntimeException e) {
            // keep the JDK's defaults
        }
    }

    /** Korean goes out as UTF-8 whatever the platform's default encoding is. */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
