package org.byline.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.byline.bench.WindowShown;
import org.byline.ui.fx.FxTasks;
import org.byline.ui.shell.ErrorReport;

/**
 * The window. Opens the store in {@link #init()} (off the FX thread, {@link OpenedStore}), offers
 * a backup when it is damaged ({@link StoreRecovery}), asks who is writing ({@link SignIn}), then
 * shows queue, editor and preview ({@link MainWindowAssembly}), reopening the article that was open
 * last. This class wires those steps and owns the closing: nothing typed is lost.
 */
public final class BylineApp extends Application {
    /**
     * Where the store is and which language to speak.
     *
     * @param languageGiven true when --lang chose the language; else the one chosen in the
     *                      settings window (kept in the store) wins over the system's
     */
    public record Options(Path dataDirectory, Locale locale, boolean languageGiven) {
        public Options(Path dataDirectory, Locale locale) {
            this(dataDirectory, locale, true);
        }
    }

    private static final Logger LOG = Logger.getLogger("org.byline.app");

    private final Options options;
    private Logs.Handle log;
    private OpenedStore store;
    private FxTasks tasks;
    private MainWindowAssembly window;
    private boolean stopped;
    /** Started by {@link #launch}: the toolkit ends with the main window (tests keep theirs running). */
    private boolean exitWhenClosed;

    public BylineApp(Options options) {
        this.options = options;
    }

    /**
     * Starts the JavaFX toolkit and shows the window; returns at once. The store opens (and
     * migrates) on this thread while the toolkit starts on its own, so the two overlap.
     */
    public static void launch(Options options) {
        BylineApp app = new BylineApp(options);
        app.exitWhenClosed = true;
        ToolkitStart.overlapping(app::init, () -> app.start(new Stage()));
    }

    @Override
    public void init() {
        log = Logs.install(options.dataDirectory());
        LOG.info(() -> "Byline starting on " + options.dataDirectory());
        store = OpenedStore.open(options);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.log(Level.SEVERE, "unexpected failure on " + thread.getName(), failure);
            Platform.runLater(() -> ErrorReport.show(failure, store.messages(), String.valueOf(log.folder())));
        });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (store.failure() != null) {
            StoreRecovery.atStart(store.failure(), store.messages(), options.dataDirectory(), () -> {
                init();
                start(stage);
            });
            return;
        }
        tasks = new FxTasks();
        SignIn.ask(store, tasks, signedIn -> showMain(stage, signedIn));
    }

    private void showMain(Stage stage, SignIn.SignedIn signedIn) {
        window = new MainWindowAssembly(
                store.context(),
                tasks,
                store.messages(),
                signedIn.profile(),
                options.dataDirectory(),
                () -> stopped,
                signedIn.newsroom());
        window.build(stage);
        stage.setOnCloseRequest(e -> flush());
        stage.setOnHidden(e -> shutdown());
        if (WindowShown.requested()) {
            stage.setOnShown(e -> WindowShown.reportAndExit());
        }
        stage.show();

        window.reopen(signedIn.lastArticle());
        // after the window is up: the integrity check (seconds on a large store), then the daily
        // backup, so a damaged store is never backed up over the good copies unnoticed
        StoreRecovery.checkThenBackUp(
                store.context().backups(),
                tasks,
                store.messages(),
                options.dataDirectory(),
                backup -> restoreWhileOpen(stage, backup));
    }

    /** Saves what was typed, closes the store, brings the backup back and opens the window again. */
    private void restoreWhileOpen(Stage stage, Path backup) {
        boolean exitAfter = exitWhenClosed;
        exitWhenClosed = false; // closing the store here is not closing Byline
        shutdown();
        exitWhenClosed = exitAfter;
        stopped = false;
        StoreRecovery.restoreAfterDamageFound(backup, options.dataDirectory());
        init();
        start(stage);
    }

    /** Saves what was typed and waits for the writer, so closing never loses the last words. */
    private void flush() {
        if (window != null) {
            window.leave();
        }
        if (tasks != null) {
            tasks.awaitWrites(Duration.ofSeconds(10));
        }
    }

    @Override
    public void stop() {
        shutdown();
    }

    private void shutdown() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (exitWhenClosed) {
            Platform.runLater(Platform::exit); // after the store is closed below
        }
        flush();
        if (window != null) {
            window.hangUp();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (store != null && store.context() != null) {
            store.context().close();
        }
        LOG.info("Byline stopped");
        if (log != null) {
            log.close();
        }
    }
}
