package org.byline.bench;

import static org.byline.bench.Figures.report;
import static org.byline.bench.FxThread.lookup;
import static org.byline.bench.FxThread.onFx;
import static org.byline.bench.FxThread.waitFor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.newsroom.Newsroom;
import org.byline.ui.preview.PreviewViewModel;

/**
 * A keystroke in a 3,000-character article until the preview's DOM shows it, against loading the
 * same page text into a new WebView: Byline's window runs in this JVM, so the toolkit started here
 * keeps it alive until the bench exits.
 */
final class TypingBench implements Measurement {
    private final Bench.Byline target;
    private final int runs;

    TypingBench(Bench.Byline target, int runs) {
        this.target = target;
        this.runs = runs;
    }

    @Override
    public void measure(Path dir, PrintWriter out) throws Exception {
        String body;
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            c.workspace().useProfile(p);
            body = GeneratedArticles.body(3_000);
            Article a = c.drafting().create(new ArticleContent("벤치마크 기사", "", "사회", List.of(), body), p);
            c.workspace().rememberOpenArticle(a.id());
        }
        Application app = target.window().apply(dir);
        app.init();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnShown(e -> shown.countDown());
            try {
                app.start(stage);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) { // Application.start may throw anything; Byline's throws nothing checked
                throw new IllegalStateException(e);
            }
        });
        shown.await();
        TextArea editor = (TextArea) lookup("#body");
        WebView preview = (WebView) lookup("#preview");
        waitFor(() -> onFx(
                () -> editor.getText().length() >= 3_000 && bodyText(preview).contains(body.substring(0, 20))));

        List<Double> keystroke = new ArrayList<>();
        List<Double> reload = new ArrayList<>();
        for (int i = 0; i < runs * 4; i++) {
            String token = "표식" + i + "끝";
            long start = System.nanoTime();
            onFx(() -> {
                editor.appendText(token);
                return null;
            });
            waitFor(() -> onFx(() -> bodyText(preview).contains(token)));
            keystroke.add((System.nanoTime() - start) / 1e6);
            reload.add(loadIntoNewView(preview));
        }
        report(
                out,
                "typing: keystroke to preview, 3,000-character article",
                "loadContent of the page text into a new WebView",
                reload,
                "Byline (incl. " + PreviewViewModel.DELAY.toMillis() + " ms debounce)",
                keystroke);
    }

    /** The baseline: milliseconds to load the preview's text as a page into a WebView of its own. */
    private static double loadIntoNewView(WebView preview) throws Exception {
        String html = onFx(() -> preview.getEngine().getDocument() == null
                ? ""
                : "<html>"
                        + preview.getEngine().getDocument().getDocumentElement().getTextContent() + "</html>");
        WebView[] baselineView = new WebView[1];
        long s2 = System.nanoTime();
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            baselineView[0] = new WebView();
            baselineView[0].getEngine().getLoadWorker().stateProperty().addListener((o, a, b) -> {
                if (b == Worker.State.SUCCEEDED) {
                    loaded.complete(null);
                }
            });
            baselineView[0].getEngine().loadContent(html);
        });
        loaded.get(10, TimeUnit.SECONDS);
        return (System.nanoTime() - s2) / 1e6;
    }

    private static String bodyText(WebView preview) {
        var doc = preview.getEngine().getDocument();
        var body = doc == null ? null : doc.getElementById("body");
        return body == null ? "" : body.getTextContent();
    }
}
