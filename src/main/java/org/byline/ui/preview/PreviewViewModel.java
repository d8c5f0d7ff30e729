package org.byline.ui.preview;

import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.byline.domain.Article;
import org.byline.newsroom.Preview;
import org.byline.ui.fx.Tasks;

/**
 * Keeps the article page and the section-front teaser up to date with what is typed: rendered
 * {@link #DELAY} after the last keystroke, on a worker thread, newest text wins.
 */
public final class PreviewViewModel {
    public static final Duration DELAY = Duration.ofMillis(200);

    private final ReadOnlyStringWrapper pageHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teaserHtml = new ReadOnlyStringWrapper("");
    private final Preview preview;
    private final Tasks tasks;
    private Preview.Site site;
    private Article latest;
    private long requested;
    private Tasks.Cancellable pending;

    public PreviewViewModel(Preview preview, Tasks tasks, ObservableValue<Article> draft) {
        this.preview = preview;
        this.tasks = tasks;
        this.latest = draft.getValue();
        draft.addListener((o, a, b) -> {
            latest = b;
            if (pending != null) {
                pending.cancel();
            }
            pending = tasks.schedule(DELAY, this::render);
        });
        tasks.run(preview::site, s -> {
            site = s;
            render();
        }, e -> { });
    }

    /** Renders again now (the photos changed: nothing typed, but the page is different). */
    public void refresh() {
        render();
    }

    /** Reads the outlet settings again (after they changed) and renders. */
    public void reloadSite() {
        tasks.run(preview::site, s -> {
            site = s;
            render();
        }, e -> { });
    }

    private void render() {
        pending = null;
        if (site == null || latest == null) {
            return;
        }
        long ticket = ++requested;
        Article article = latest;
        Preview.Site shown = site;
        tasks.run(() -> new String[] {preview.page(article, shown), preview.teaser(article, shown)}, html -> {
            if (ticket == requested) { // an older render finishing late must not replace a newer one
                pageHtml.set(html[0]);
                teaserHtml.set(html[1]);
            }
        }, e -> { });
    }

    public ReadOnlyStringProperty pageHtmlProperty() {
        return pageHtml.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teaserHtmlProperty() {
        return teaserHtml.getReadOnlyProperty();
    }
}
