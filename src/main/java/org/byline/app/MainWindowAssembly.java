package org.byline.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.byline.domain.Person;
import org.byline.domain.Site;
import org.byline.i18n.Messages;
import org.byline.newsroom.NewsroomLine;
import org.byline.newsroom.Sync;
import org.byline.ui.desk.DeskBar;
import org.byline.ui.desk.DeskBarViewModel;
import org.byline.ui.editor.EditorView;
import org.byline.ui.editor.EditorViewModel;
import org.byline.ui.editor.LockKeeper;
import org.byline.ui.editor.SaveState;
import org.byline.ui.export.ExportView;
import org.byline.ui.export.ExportViewModel;
import org.byline.ui.fx.FxTasks;
import org.byline.ui.fx.Notices;
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
import org.byline.ui.settings.NewsroomLinkViewModel;
import org.byline.ui.settings.SettingsView;
import org.byline.ui.settings.SettingsViewModel;
import org.byline.ui.settings.WorkstationViewModel;
import org.byline.ui.shell.HelpDialog;
import org.byline.ui.shell.MainWindow;
import org.byline.ui.shell.NewsroomStatusViewModel;

/**
 * The main window put together for the one who signed in: queue, editor with its photo strip, desk
 * bar and lock, preview with its history and outbox tabs, and the settings, export and import
 * windows they open, wired to each other and to the newsroom. Starts the outbox worker.
 */
final class MainWindowAssembly {
    private static final Logger LOG = Logger.getLogger("org.byline.app");

    private final Context context;
    private final FxTasks tasks;
    private final Messages m;
    private final Person profile;
    private final Path dataDirectory;
    private final BooleanSupplier stopped;
    // set as the window is built, so that leave() saves whatever was built when building fails
    private EditorViewModel editorVm;
    private PhotoStripViewModel stripVm;
    private LockKeeper lock;
    private Runnable startNew;
    private final SignIn.NewsroomSession newsroom;
    private NewsroomLine line;

    /**
     * @param stopped true once Byline is closing: the outbox tab stops polling
     */
    MainWindowAssembly(
            Context context,
            FxTasks tasks,
            Messages messages,
            Person profile,
            Path dataDirectory,
            BooleanSupplier stopped,
            SignIn.NewsroomSession newsroom) {
        this.newsroom = newsroom;
        this.context = context;
        this.tasks = tasks;
        this.m = messages;
        this.profile = profile;
        this.dataDirectory = dataDirectory;
        this.stopped = stopped;
    }

    /** Builds the window into {@code stage}: scene, title, shortcuts, minimum size; does not show it. */
    void build(Stage stage) {
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
                    sendNow();
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
        outboxVm.watch(outboxTab.selectedProperty(), Duration.ofSeconds(2), stopped);
        context.outbox().start();
        startNew = () -> {
            editorVm.startNew();
            editor.focusHeadline();
        };
        Runnable help = () -> HelpDialog.show(stage, m);
        editorVm.setOnSaved(a -> {
            queueVm.refresh();
            sendNow();
        });
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
                        dataDirectory,
                        context.backups().folder(),
                        tasks,
                        m,
                        new NewsroomLinkViewModel(dataDirectory, profile.name(), tasks, m)),
                m);
        MainWindow window = new MainWindow(queue, editor, preview, editorVm, m, startNew, help, settings);
        if (newsroom != null) {
            NewsroomStatusViewModel status = new NewsroomStatusViewModel(m);
            window.showNewsroom(status);
            line = NewsroomLine.start(
                    dataDirectory,
                    context,
                    newsroom.member(),
                    newsroom.password(),
                    new NewsroomWindow(status, queueVm, window));
        }
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
    }

    /** What the newsroom line tells the window, brought onto the FX thread. */
    private final class NewsroomWindow implements NewsroomLine.Listener {
        private final NewsroomStatusViewModel status;
        private final QueueViewModel queue;
        private final MainWindow window;

        NewsroomWindow(NewsroomStatusViewModel status, QueueViewModel queue, MainWindow window) {
            this.status = status;
            this.queue = queue;
            this.window = window;
        }

        @Override
        public void standing(boolean online, int waiting) {
            Platform.runLater(() -> status.standing(online, waiting));
        }

        @Override
        public void brought(Set<Long> articles) {
            Platform.runLater(() -> {
                queue.refresh();
                // the open article changed elsewhere: shown anew unless something typed here waits
                // to be saved (then saving meets the newer version and the reporter is asked)
                long open = editorVm.articleIdProperty().get();
                SaveState.Kind state = editorVm.saveStateProperty().get().kind();
                if (articles.contains(open)
                        && (state == SaveState.Kind.SAVED || state == SaveState.Kind.NOTHING_TO_SAVE)) {
                    editorVm.open(open, e -> LOG.log(Level.WARNING, "article " + open + " not shown anew", e));
                }
            });
        }

        @Override
        public void told(Sync.Report report) {
            List<String> lines = new ArrayList<>();
            report.kept().forEach(k -> lines.add(m.get("cli.newsroom.keptAsRevision", k.articleId(), k.revision())));
            report.refused()
                    .forEach(r -> lines.add(m.get("cli.newsroom.refused", r.articleId(), r.action(), r.reason())));
            Platform.runLater(() -> Notices.show(window, m.get("newsroom.told.title"), String.join("\n", lines), true));
        }
    }

    /** Something was saved or decided here: the newsroom line sends it now (nothing off a newsroom). */
    private void sendNow() {
        if (line != null) {
            line.wake();
        }
    }

    /** Once shown: the article that was open last, or a new one when there was none or it is gone. */
    void reopen(Optional<Long> lastArticle) {
        lastArticle.ifPresentOrElse(id -> editorVm.open(id, e -> startNew.run()), startNew);
    }

    /** Saves what was typed (caption, article) and gives up the article's lock; the writes may still be queued. */
    void leave() {
        if (stripVm != null) {
            stripVm.saveTyped();
        }
        if (editorVm != null) {
            editorVm.leave();
        }
        if (lock != null) {
            lock.release();
        }
    }

    /**
     * Ends the newsroom line, after {@link #leave} and the writes it queued: its last round sends
     * what they saved, if the server answers.
     */
    void hangUp() {
        if (line != null) {
            line.close();
            line = null;
        }
    }

    private void showError(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, m.describe(e));
        alert.setTitle(m.get("app.title"));
        Theme.apply(alert.getDialogPane());
        alert.show();
    }
}
