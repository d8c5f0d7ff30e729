package org.byline.ui.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Finding;
import org.byline.i18n.Messages;
import org.byline.newsroom.Preview;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;
import org.jsoup.nodes.Document;

/**
 * Keeps the article page and the section-front teaser up to date with what is typed: rendered
 * {@link #DELAY} after the last keystroke, on a worker thread, newest text wins.
 */
@ViewModel
public final class PreviewViewModel {
    public static final Duration DELAY = Duration.ofMillis(200);

    private final ReadOnlyStringWrapper pageHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teaserHtml = new ReadOnlyStringWrapper("");
    private final Preview preview;
    private final Messages messages;
    private final Function<ArticleContent, List<Finding>> styleCheck;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty styleProblem = new SimpleStringProperty("");
    private final Tasks tasks;
    private Preview.Site site;
    private Article latest;
    private long requested;
    private Tasks.Cancellable pending;
    private final Path[] files = new Path[2];

    public PreviewViewModel(
            Preview preview,
            Tasks tasks,
            ObservableValue<Article> draft,
            Function<ArticleContent, List<Finding>> styleCheck,
            Messages messages) {
        this.preview = preview;
        this.tasks = tasks;
        this.styleCheck = styleCheck;
        this.messages = messages;
        this.latest = draft.getValue();
        draft.addListener((o, a, b) -> {
            latest = b;
            if (pending != null) {
                pending.cancel();
            }
            pending = tasks.schedule(DELAY, this::render);
        });
        tasks.run(
                preview::site,
                s -> {
                    site = s;
                    render();
                },
                e -> {});
    }

    /** Renders again now (the photos changed: nothing typed, but the page is different). */
    public void refresh() {
        render();
    }

    /** Reads the outlet settings again (after they changed) and renders. */
    public void reloadSite() {
        tasks.run(
                preview::site,
                s -> {
                    site = s;
                    render();
                },
                e -> {});
    }

    private void render() {
        pending = null;
        if (site == null || latest == null) {
            return;
        }
        long ticket = ++requested;
        Article article = latest;
        Preview.Site shown = site;
        tasks.run(
                () -> {
                    String[] html = {preview.page(article, shown), preview.teaser(article, shown)};
                    writePages(html);
                    return html;
                },
                html -> {
                    if (ticket == requested) { // an older render finishing late must not replace a newer one
                        pageHtml.set(html[0]);
                        teaserHtml.set(html[1]);
                    }
                },
                e -> {
                    if (ticket == requested) { // say so on the page rather than freeze on an old one
                        String page = problemPage(messages.get("preview.failed", messages.describe(e)));
                        pageHtml.set(page);
                        teaserHtml.set(page);
                    }
                });
        tasks.run(
                () -> styleCheck.apply(article.content()),
                found -> {
                    if (ticket == requested) {
                        findings.setAll(found);
                        styleProblem.set("");
                    }
                },
                e -> {
                    findings.clear();
                    styleProblem.set(messages.describe(e));
                });
    }

    /**
     * The pages are also written to files: WebKit shows the photos' local rendition files only
     * in a page that was itself loaded from a file, not in one given as a string.
     */
    private void writePages(String[] html) {
        try {
            synchronized (files) {
                if (files[0] == null) {
                    files[0] = Files.createTempFile("byline-page-", ".html");
                    files[1] = Files.createTempFile("byline-teaser-", ".html");
                    files[0].toFile().deleteOnExit();
                    files[1].toFile().deleteOnExit();
                }
                Files.writeString(files[0], html[0], StandardCharsets.UTF_8);
                Files.writeString(files[1], html[1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the page was last written to, to load it from (see {@link #writePages}). */
    public String pageFile() {
        synchronized (files) {
            return files[0] == null ? null : files[0].toUri().toString();
        }
    }

    public String teaserFile() {
        synchronized (files) {
            return files[1] == null ? null : files[1].toUri().toString();
        }
    }

    /** A plain page with one message, built as a tree so the message stays text. */
    private static String problemPage(String message) {
        Document doc = Document.createShell("");
        doc.body().appendElement("p").attr("id", "previewProblem").text(message);
        return doc.outerHtml();
    }

    /** What the house style check found in the text on screen (교열 tab). */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Why the check could not run (a broken rules file), or empty. */
    public StringProperty styleProblemProperty() {
        return styleProblem;
    }

    public ReadOnlyStringProperty pageHtmlProperty() {
        return pageHtml.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teaserHtmlProperty() {
        return teaserHtml.getReadOnlyProperty();
    }
}
