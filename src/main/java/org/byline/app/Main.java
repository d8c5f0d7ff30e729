package org.byline.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
                java.nio.file.Path dataDir;
                try {
                    dataDir = DataDirectory.resolve(options.dataDir(), options.env());
                } catch (NewsroomException e) {
                    err.println("byline: " + new Messages(options.locale()).describe(e));
                    err.flush();
                    System.exit(1);
                    return;
                }
                BylineApp.launch(new BylineApp.Options(dataDir, options.locale(), options.languageGiven()));
                return;
            }
            exit = cli.execute(args);
        }
        out.flush();
        err.flush();
        System.exit(exit);
    }

    static Context openContext(GlobalOptions options) {
        return new Context(options.dataDirectory(), options.locale());
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
