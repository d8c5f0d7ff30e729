package org.byline.app;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.byline.bench.Bench;
import org.byline.cli.Cli;
import org.byline.cli.GlobalOptions;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;
import org.byline.newsroom.DataDirectory;

/**
 * Starts Byline: {@code byline} opens the window, {@code byline COMMAND ...} runs a command and
 * exits without touching the display. This class does not extend Application so that the plain
 * {@code java -jar byline.jar} works with JavaFX on the class path.
 */
public final class Main {
    /** The log file of this command run, once a command opened the store (whose folder holds it). */
    private static Logs.Handle commandLog;

    private Main() {}

    public static void main(String[] args) {
        quietLogging();
        Optional<BylineApp.Options> window = WindowArguments.parse(args, System.getenv(), Locale.getDefault());
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        if (window.isPresent()) {
            // the common start: straight to the window, without building the command line (~0.4 s)
            openWindow(window.get(), err);
            return;
        }
        GlobalOptions options = new GlobalOptions(System.getenv(), Locale.getDefault());
        int exit;
        try (Cli cli = new Cli(options, Main::openContext, out, err)) {
            cli.addCommand(
                    "bench",
                    new Bench(new Bench.Byline(
                            dir -> new Context(dir, Locale.KOREAN),
                            dir -> new BylineApp(new BylineApp.Options(dir, Locale.KOREAN)),
                            Main.class)));
            if (cli.wantsWindow(args)) {
                Path dataDir;
                try {
                    dataDir = DataDirectory.resolve(options.dataDir(), options.env());
                } catch (NewsroomException e) {
                    err.println("byline: " + new Messages(options.locale()).describe(e));
                    err.flush();
                    System.exit(1);
                    return;
                }
                openWindow(new BylineApp.Options(dataDir, options.locale(), options.languageGiven()), err);
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

    /**
     * Opens the window, or says in one line why it cannot (no display, no GTK) and what still
     * works, and exits 1: a reporter on a server or in an SSH session is not handed a stack trace.
     */
    private static void openWindow(BylineApp.Options options, PrintWriter err) {
        Optional<String> missing = DisplayCheck.beforeStart(
                System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        // what the toolkit prints while it fails to start (a renderer's stack trace) is held back,
        // and passed on when it starts after all
        PrintStream stderr = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        try {
            if (missing.isPresent()) {
                throw new DisplayCheck.WindowUnavailable(missing.get(), null);
            }
            System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
            // JavaFX warns at its start that it runs from the class path (java -jar byline.jar):
            // Byline is built and tested that way, and a reporter can do nothing about it
            Logger javafx = Logger.getLogger("javafx");
            Level level = javafx.getLevel();
            javafx.setLevel(Level.SEVERE);
            try {
                BylineApp.launch(options);
            } finally {
                javafx.setLevel(level);
                System.setErr(stderr); // whatever the start threw: later errors must reach the terminal
            }
            stderr.write(held.toByteArray(), 0, held.size());
        } catch (DisplayCheck.WindowUnavailable e) {
            System.setErr(stderr);
            err.println("byline: " + new Messages(options.locale()).get(e.key()));
            err.flush();
            System.exit(1);
        }
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
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    /** Libraries log warnings and worse to stderr; their progress chatter is not for reporters. */
    static void quietLogging() {
        try (var in = Main.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException | RuntimeException e) {
            // keep the JDK's defaults
        }
    }

    /** Korean goes out as UTF-8 whatever the platform's default encoding is. */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
