package org.byline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.byline.app.BylineApp;
import org.byline.app.Context;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * Byline's real window on a data directory, driven like a user would: the shared fixture of the
 * UI tests, in the spirit of AddressBook-Level4's handles. Each screen has its page object
 * ({@link #queue()}, {@link #editor()}, {@link #preview()}, {@link #desk()}, {@link #photos()},
 * {@link #settings()}, {@link #outbox()}, {@link #signIn()}), so a test reads as the steps a
 * reporter or desk editor takes, and a changed control is mended in one place.
 */
final class RunningByline implements AutoCloseable {
    final Path dataDir;
    final FxRobot robot = new FxRobot();
    private final BylineApp app;

    private RunningByline(Path dataDir, BylineApp app) {
        this.dataDir = dataDir;
        this.app = app;
    }

    /** Prepares the store with {@code setup} (as the command line would), then opens the window. */
    static RunningByline start(Path dataDir, Consumer<Context> setup) throws Exception {
        try (Context context = new Context(dataDir, Locale.KOREAN)) {
            setup.accept(context);
        }
        return open(dataDir);
    }

    static RunningByline open(Path dataDir) throws Exception {
        return open(dataDir, Locale.KOREAN);
    }

    /** The window in {@code language}, as {@code --lang} would start it. */
    static RunningByline open(Path dataDir, Locale language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        BylineApp app =
                (BylineApp) FxToolkit.setupApplication(() -> new BylineApp(new BylineApp.Options(dataDir, language)));
        WaitForAsyncUtils.waitForFxEvents();
        return new RunningByline(dataDir, app);
    }

    /** The screens, each as a page object a test drives the way a user would. */
    SignInPage signIn() {
        return new SignInPage(this);
    }

    QueuePage queue() {
        return new QueuePage(this);
    }

    EditorPage editor() {
        return new EditorPage(this);
    }

    PreviewPage preview() {
        return new PreviewPage(this);
    }

    DeskBarPage desk() {
        return new DeskBarPage(this);
    }

    PhotosPage photos() {
        return new PhotosPage(this);
    }

    SettingsPage settings() {
        return new SettingsPage(this);
    }

    OutboxPage outbox() {
        return new OutboxPage(this);
    }

    /** A reporter profile and the outlet name the tests expect. */
    static void reporterAtTvSeoul(Context c) {
        c.staff().addReporter("홍길동", "hong@tvseoul.kr");
        c.settings().set("outlet.name", "TV서울", null);
    }

    <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    String text(String query) {
        Node n = node(query);
        return n instanceof Label l ? l.getText() : ((TextInputControl) n).getText();
    }

    /**
     * The texts shown by the cells under {@code parent} that match {@code selector}, read on the FX
     * thread: cells are laid out on a later pulse than their items change, and looking them up from
     * the test thread races with that layout.
     */
    static List<String> shownTexts(Node parent, String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> parent.lookupAll(selector).stream()
                        .filter(n -> n instanceof Labeled)
                        .map(n -> ((Labeled) n).getText())
                        .filter(t -> t != null && !t.isEmpty())
                        .toList())
                .get(5, TimeUnit.SECONDS);
    }

    /**
     * The drawn cell or row under {@code parent} (matching {@code selector}) that shows item
     * {@code index}, or null while it is not drawn: lists and tables also draw empty filler
     * cells, and reuse cells in any order, so neither the count nor the order of cells says which
     * item is where.
     */
    static IndexedCell<?> showing(Node parent, String selector, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> parent.lookupAll(selector).stream()
                        .filter(n -> n instanceof IndexedCell<?>)
                        .map(n -> (IndexedCell<?>) n)
                        .filter(c -> c.getIndex() == index && !c.isEmpty() && c.getItem() != null)
                        .findFirst()
                        .orElse(null))
                .get(5, TimeUnit.SECONDS);
    }

    /** How many nodes under {@code parent} match {@code selector}, counted on the FX thread. */
    static int count(Node parent, String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> parent.lookupAll(selector).size())
                .get(5, TimeUnit.SECONDS);
    }

    /**
     * Clicks what {@code query} finds once it stands visible in a shown window. A lookup by id
     * can meet a node while the window is being put together or a bar rebuilt, its scene not yet
     * (or no longer) set, and testfx's own click then fails on the null scene.
     */
    FxRobotInterface click(String query) throws Exception {
        waitUntil(() -> shown(query) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(shown(query));
    }

    private Node shown(String query) {
        return robot.lookup(query)
                .match(n -> n.getScene() != null && n.getScene().getWindow() != null && n.isVisible())
                .tryQuery()
                .orElse(null);
    }

    void type(String query, String text) {
        robot.clickOn(query);
        robot.write(text);
    }

    /** Reads from the preview's DOM on the FX thread, where WebKit lives. */
    <T> T fromPreview(Function<Document, T> read) throws Exception {
        WebView web = node("#preview");
        return WaitForAsyncUtils.asyncFx(() -> {
                    Document doc = web.getEngine().getDocument();
                    return doc == null ? null : read.apply(doc);
                })
                .get(5, TimeUnit.SECONDS);
    }

    String previewText(String id) throws Exception {
        return fromPreview(doc -> {
            var e = doc.getElementById(id);
            return e == null ? null : e.getTextContent();
        });
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return Boolean.TRUE.equals(condition.call());
            } catch (Exception e) {
                return false;
            }
        });
    }

    String windowTitle() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.getScene() != null
                        && s.getScene().lookup("#headline") != null)
                .map(w -> ((Stage) w).getTitle())
                .findFirst()
                .orElse("");
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
