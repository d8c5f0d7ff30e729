package org.byline.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.byline.bench.WindowShown;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Site;
import org.byline.i18n.Messages;
import org.byline.newsroom.Backups;
import org.byline.ui.desk.DeskBar;
import org.byline.ui.desk.DeskBarViewModel;
import org.byline.ui.editor.EditorView;
import org.byline.ui.editor.EditorViewModel;
import org.byline.ui.editor.LockKeeper;
import org.byline.ui.export.ExportView;
import org.byline.ui.export.ExportViewModel;
import org.byline.ui.fx.FxTasks;
import org.byline.ui.fx.Theme;
import org.byline.ui.history.HistoryView;
import org.byline.ui.history.HistoryViewModel;
import org.byline.ui.outbox.OutboxView;
import org.byline.ui.outbox.OutboxViewModel;
import org.byline.ui.photos.PhotoStripView;
import org.byline.ui.photos.PhotoStripViewModel;
import org.byline.ui.preview.PreviewView;
import org.byline.ui.preview.PreviewViewModel;
import org.byline.ui.queue.ImportViewModel;
import org.byline.ui.queue.QueueView;
import org.byline.ui.queue.QueueViewModel;
import org.byline.ui.settings.SettingsView;
import org.byline.ui.settings.SettingsViewModel;
import org.byline.ui.settings.WorkstationViewModel;
import org.byline.ui.shell.ErrorReport;
import org.byline.ui.shell.HelpDialog;
import org.byline.ui.shell.MainWindow;
import org.byline.ui.shell.StartupProblem;
import org.byline.ui.welcome.ProfileDialog;
import org.byline.ui.welcome.WelcomeDialog;

/**
 * The window. Opens the store in {@link #init()} (off the FX thread), asks who is writing on the
 * first start, then shows queue, editor and preview, reopening the article that was open last.
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
    private Context context;
    private RuntimeException startupFailure;
    private Messages messages;
    private Person profile;
    private List<Person> people = List.of();
    private Optional<Long> lastArticle = Optional.empty();
    private FxTasks tasks;
    private EditorViewModel editorVm;
    private PhotoStripViewModel stripVm;
    private boolean stopped;
    private LockKeeper lock;
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
        warmUpWebKit();
        CountDownLatch storeReady = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                // between the welcome (or sign-in) dialog closing and the main window opening no window
                // is showing; JavaFX's implicit exit would end Byline right there. It ends when the
                // main window closes instead (shutdown), or when a dialog is cancelled.
                Platform.setImplicitExit(false);
                DesktopName.claim();
                awaitUninterruptibly(storeReady);
                app.start(new Stage());
            });
        } catch (RuntimeException | LinkageError e) {
            // no display, no GTK: nothing was opened yet, and the store is left alone
            LOG.log(Level.FINE, "the toolkit did not start", e);
            throw new DisplayCheck.WindowUnavailable(DisplayCheck.toolkitFailed(e), e);
        }
        try {
            app.init();
        } finally {
            storeReady.countDown();
        }
    }

    /**
     * WebKit's first WebView costs well over a second, most of it loading and initialising the
     * engine's native library. That part does not need the FX thread: start it now, beside the
     * store opening and the toolkit starting, so the preview is cheap when the window is built.
     */
    private static void warmUpWebKit() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        Class.forName("com.sun.webkit.WebPage", true, BylineApp.class.getClassLoader());
                    } catch (Throwable ignored) {
                        // only a head start: the WebView initialises WebKit itself when this fails
                    }
                },
                "byline-webkit-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void init() {
        log = Logs.install(options.dataDirectory());
        LOG.info(() -> "Byline starting on " + options.dataDirectory());
        // JavaFX's own words (OK, Cancel, Copy) follow the default locale: make it the one chosen
        Locale.setDefault(options.locale());
        messages = new Messages(options.locale());
        try {
            context = new Context(options.dataDirectory(), options.locale());
            if (!options.languageGiven()) {
                context.workspace().language().ifPresent(chosen -> {
                    Locale.setDefault(chosen);
                    messages = new Messages(chosen);
                });
            }
            people = context.staff().all();
            profile = context.workspace()
                    .currentProfile()
                    .or(() -> people.stream().findFirst())
                    .orElse(null);
            lastArticle = context.workspace().openArticle();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot open the store", e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.log(Level.SEVERE, "unexpected failure on " + thread.getName(), failure);
            Platform.runLater(() -> ErrorReport.show(failure, messages, String.valueOf(log.folder())));
        });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupFailure != null) {
            // a backup only mends a damaged store; a locked or read-only one needs something else
            boolean damaged =
                    startupFailure instanceof NewsroomException n && n.key().equals("error.databaseCorrupt");
            Optional<Path> backup = damaged ? Backups.newest(options.dataDirectory()) : Optional.empty();
            StartupProblem.show(
                    startupFailure,
                    messages,
                    options.dataDirectory(),
                    backup,
                    true,
                    () -> {
                        Backups.restore(backup.orElseThrow(), options.dataDirectory(), Clock.systemUTC());
                        LOG.warning(() -> "restored " + backup.get() + " after: " + startupFailure);
                        startupFailure = null;
                        init();
                        start(stage);
                    },
                    Platform::exit);
            return;
        }
        tasks = new FxTasks();
        if (profile == null) {
            WelcomeDialog.ask(null, messages, answer -> {
                if (answer.isEmpty()) {
                    Platform.exit();
                    return;
                }
                WelcomeDialog.Answer a = answer.get();
                tasks.write(
                        () -> {
                            Person person = context.onboarding().welcome(a.name(), a.email(), a.samples());
                            lastArticle = context.workspace().openArticle(); // read here, not on the FX thread
                            return person;
                        },
                        person -> {
                            profile = person;
                            showMain(stage);
                        },
                        e -> {
                            Alert alert = new Alert(Alert.AlertType.ERROR, messages.describe(e));
                            alert.setTitle(messages.get("app.title"));
                            Theme.apply(alert.getDialogPane());
                            alert.showAndWait();
                            Platform.exit();
                        });
            });
            return;
        }
        // who is working: asked when the store has several profiles or this one needs a password
        if (people.size() > 1 || profile.role() != Role.REPORTER) {
            ProfileDialog.ask(
                    messages,
                    people,
                    profile,
                    (person, password, answer) -> tasks.write(
                            () -> {
                                Person signedIn = context.staff().authenticate(person.name(), password);
                                context.workspace().useProfile(signedIn);
                                return signedIn;
                            },
                            signedIn -> answer.accept(new ProfileDialog.Result(signedIn, null)),
                            e -> answer.accept(new ProfileDialog.Result(null, messages.describe(e)))),
                    chosen -> chosen.ifPresentOrElse(
                            person -> {
                                profile = person;
                                showMain(stage);
                            },
                            Platform::exit));
            return;
        }
        showMain(stage);
    }

    private void showMain(Stage stage) {
        Messages m = messages;
        editorVm = new EditorViewModel(context.drafting(), context.preview(), context.workspace(), tasks, m, profile);
        QueueViewModel queueVm = new QueueViewModel(
                context.drafting(),
                tasks,
                () -> context.staff().all().stream().map(Person::name).toList());
        PreviewViewModel previewVm =
                new PreviewViewModel(context.preview(), tasks, editorVm.draftProperty(), context.style()::check, m);

        stripVm =
                new PhotoStripViewModel(context.photos(), tasks, m, editorVm::whenStored, editorVm.articleIdProperty());
        stripVm.revisionProperty().addListener((o, a, b) -> previewVm.refresh());
        PhotoStripView strip = new PhotoStripView(stripVm, m);
        LockKeeper lock = new LockKeeper(context.locks(), tasks, profile, m, editorVm.articleIdProperty());
        this.lock = lock;
        DeskBarViewModel deskVm = new DeskBarViewModel(
                editorVm.storedArticleProperty(),
                context.desk(),
                tasks,
                m,
                profile,
                editorVm::saveNow,
                changed -> {
                    editorVm.open(changed);
                    queueVm.refresh();
                },
                context.drafting()::open);
        if (profile.isDesk()) {
            Person pushing = profile;
            deskVm.setPusher(new DeskBarViewModel.Pusher() {
                @Override
                public List<String> sites() {
                    return context.sites().all().stream().map(Site::name).toList();
                }

                @Override
                public void queue(long articleId, String site) {
                    context.outbox().queue(List.of(articleId), site, pushing, false);
                }
            });
        }
        EditorView editor = new EditorView(editorVm, m, strip, new DeskBar(deskVm, m), lock);
        PhotoStripView.acceptDroppedFiles(editor, stripVm);
        QueueView queue = new QueueView(queueVm, m, id -> editorVm.open(id, this::showError));
        queue.setOnExport(ids -> ExportView.show(
                stage, new ExportViewModel(context.exports(), tasks, m, profile, ids), m, ExportView.systemChooser(m)));
        queue.acceptImports(
                new ImportViewModel(
                        context.imports(),
                        tasks,
                        m,
                        profile,
                        id -> editorVm.open(id, this::showError),
                        queueVm::refresh),
                m);
        PreviewView preview = new PreviewView(previewVm, m);
        preview.setOnFindingChosen(f -> editor.select(f.field(), f.start(), f.end()));
        HistoryViewModel historyVm = new HistoryViewModel(
                editorVm.articleIdProperty(),
                context.desk(),
                context.revisions(),
                context.drafting(),
                tasks,
                m,
                profile,
                editorVm::open,
                editorVm::saveNow);
        var historyTab = preview.addTab(
                "historyTab",
                m.get("preview.history"),
                new HistoryView(
                        historyVm,
                        m,
                        lock.readOnlyProperty().or(editorVm.mayEditProperty().not())));
        historyTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                historyVm.reload();
            }
        });
        OutboxViewModel outboxVm = new OutboxViewModel(context.outbox(), tasks, m, profile);
        var outboxTab = preview.addTab("outboxTab", m.get("preview.outbox"), new OutboxView(outboxVm, m));
        outboxVm.watch(outboxTab.selectedProperty(), Duration.ofSeconds(2), () -> stopped);
        context.outbox().start();
        Runnable startNew = () -> {
            editorVm.startNew();
            editor.focusHeadline();
        };
        Runnable help = () -> HelpDialog.show(stage, m);
        editorVm.setOnSaved(a -> queueVm.refresh());
        // the desk's changes to filed copy are kept as a revision when they move on (Revisions.deskEdited)
        editorVm.setOnLeftEdited(a -> {
            Person by = profile;
            tasks.write(
                    () -> Optional.ofNullable(context.revisions().deskEdited(a, by)),
                    r -> {},
                    e -> LOG.log(Level.WARNING, "desk-edit revision of " + a.id() + " not kept", e));
        });
        editorVm.articleIdProperty().addListener((o, a, b) -> queue.select(b.longValue()));
        queueVm.revisionProperty()
                .addListener(
                        (o, a, b) -> queue.select(editorVm.articleIdProperty().get()));

        Runnable settings = () -> SettingsView.show(
                stage,
                new SettingsViewModel(
                        context.settings(),
                        context.staff(),
                        context.sections(),
                        context.sites(),
                        tasks,
                        m,
                        profile,
                        () -> {
                            previewVm.reloadSite();
                            editorVm.readSettings();
                            queueVm.readSections();
                            queueVm.refresh();
                        }),
                new WorkstationViewModel(
                        context.workspace(),
                        options.dataDirectory(),
                        context.backups().folder(),
                        tasks,
                        m),
                m);
        MainWindow window = new MainWindow(queue, editor, preview, editorVm, m, startNew, help, settings);
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(880, screen.getHeight()));
        Theme.apply(window);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), help);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), startNew);

        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String headline = editorVm.headlineProperty().get().strip();
                            return headline.isEmpty() ? m.get("app.title") : m.get("app.title") + " — " + headline;
                        },
                        editorVm.headlineProperty()));
        stage.setScene(scene);
        Theme.apply(stage);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> flush());
        stage.setOnHidden(e -> shutdown());
        if (WindowShown.requested()) {
            stage.setOnShown(e -> WindowShown.reportAndExit());
        }
        stage.show();

        lastArticle.ifPresentOrElse(id -> editorVm.open(id, e -> startNew.run()), startNew);
        // after the window is up: the integrity check (seconds on a large store), then the daily
        // backup, so a damaged store is never backed up over the good copies unnoticed
        tasks.run(
                () -> context.backups().storeIsIntact(),
                intact -> {
                    if (intact) {
                        tasks.run(
                                () -> context.backups().backUpIfDue(),
                                done -> done.filter(w -> !w.complete())
                                        .ifPresent(w -> LOG.warning(() -> "daily backup " + w.archive()
                                                + " lacks the originals of " + w.missingPhotos())),
                                failed -> LOG.log(Level.WARNING, "daily backup failed", failed));
                    } else {
                        LOG.severe("quick_check found damage in " + options.dataDirectory());
                        Optional<Path> backup = Backups.newest(options.dataDirectory());
                        StartupProblem.show(
                                new NewsroomException("error.databaseCorrupt"),
                                messages,
                                options.dataDirectory(),
                                backup,
                                false,
                                () -> restoreWhileOpen(stage, backup.orElseThrow()),
                                () -> {});
                    }
                },
                failed -> LOG.log(Level.WARNING, "integrity check could not run", failed));
    }

    /** Saves what was typed, closes the store, brings the backup back and opens the window again. */
    private void restoreWhileOpen(Stage stage, Path backup) {
        boolean exitAfter = exitWhenClosed;
        exitWhenClosed = false; // closing the store here is not closing Byline
        shutdown();
        exitWhenClosed = exitAfter;
        stopped = false;
        Backups.restore(backup, options.dataDirectory(), Clock.systemUTC());
        LOG.warning(() -> "restored " + backup + " after quick_check found damage");
        init();
        start(stage);
    }

    private void showError(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.describe(e));
        alert.setTitle(messages.get("app.title"));
        Theme.apply(alert.getDialogPane());
        alert.show();
    }

    /** Saves what was typed and waits for the writer, so closing never loses the last words. */
    private void flush() {
        if (stripVm != null) {
            stripVm.saveTyped();
        }
        if (editorVm != null) {
            editorVm.leave();
        }
        if (lock != null) {
            lock.release();
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
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
        LOG.info("Byline stopped");
        if (log != null) {
            log.close();
        }
    }
}
