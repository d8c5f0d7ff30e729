package org.byline.ui.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.byline.domain.Article;
import org.byline.domain.DeskAction;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.newsroom.Desk;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The desk's actions on the open article: 송고 for its reporter; 승인, 반려, 폐기, 복원, 출고 and
 * 엠바고 for the desk. Which buttons show is only a hint taken from the rules in DeskAction; the
 * newsroom decides, and a refusal is shown in the user's language.
 */
@ViewModel
public final class DeskBarViewModel {
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectProperty<Article> article;
    private final Desk desk;
    private final Tasks tasks;
    private final Messages messages;
    private final Person me;
    private final Runnable saveFirst;
    private final Consumer<Article> changed;
    private final LongFunction<Article> reread;
    private Pusher pusher;
    private Function<List<String>, Optional<String>> siteChooser = sites -> Optional.of(sites.get(0));

    /** How 출고(전송) reaches the outbox: the sites there are, and a push of an article to one of them. */
    public interface Pusher {
        List<String> sites();

        /** @param site the site's name, or null for the only one */
        void queue(long articleId, String site);
    }

    /**
     * @param saveFirst saves what is typed before an action (it runs first on the writer thread)
     * @param changed   given the article after an action, to show its new state
     */
    public DeskBarViewModel(
            ReadOnlyObjectProperty<Article> article,
            Desk desk,
            Tasks tasks,
            Messages messages,
            Person me,
            Runnable saveFirst,
            Consumer<Article> changed,
            LongFunction<Article> reread) {
        this.article = article;
        this.desk = desk;
        this.tasks = tasks;
        this.messages = messages;
        this.me = me;
        this.saveFirst = saveFirst;
        this.changed = changed;
        this.reread = reread;
        article.addListener((o, a, b) -> problem.set(""));
    }

    /** Whether the action makes sense for this person on the open article (the newsroom has the last word). */
    public boolean offers(DeskAction action) {
        Article a = article.get();
        if (action == DeskAction.PUSH && pusher == null) {
            return false;
        }
        if (a == null || a.id() == 0 || !action.allowedFrom(a.status())) {
            return false;
        }
        boolean author = a.reporter().id() == me.id();
        boolean deskPerson = me.role() != Role.REPORTER;
        return switch (action) {
            case SUBMIT -> author;
            case APPROVE, RETURN, SPIKE, UNSPIKE, PUBLISH, PUSH -> deskPerson && !author;
            case EMBARGO -> deskPerson && !a.isEmbargoedAt(Instant.now());
            case CLEAR_EMBARGO -> deskPerson && a.isEmbargoedAt(Instant.now());
            case CORRECT -> deskPerson;
            default -> false;
        };
    }

    public void submit() {
        act(() -> desk.submit(id(), me));
    }

    public void approve() {
        act(() -> desk.approve(id(), me));
    }

    public void returnToReporter(String note) {
        act(() -> desk.returnToReporter(id(), me, note));
    }

    public void spike() {
        act(() -> desk.spike(id(), me));
    }

    public void unspike() {
        act(() -> desk.unspike(id(), me));
    }

    public void publish() {
        act(() -> desk.publish(id(), me));
    }

    /** How 출고(전송) queues the open article for a site; without it the window offers no push. */
    public void setPusher(Pusher pusher) {
        this.pusher = pusher;
    }

    /** Asks the desk which site a push goes to when there are several; empty: the push is called off. */
    public void setSiteChooser(Function<List<String>, Optional<String>> chooser) {
        this.siteChooser = chooser;
    }

    /**
     * 출고(전송): queued in the outbox, which sends it in the background and marks it published once
     * the site has it. With several sites the desk chooses one; with one or none the outbox decides
     * (and says when there is none).
     */
    public void push() {
        long id = id();
        problem.set("");
        tasks.run(
                pusher::sites,
                sites -> {
                    if (sites.size() < 2) {
                        push(id, null);
                    } else {
                        siteChooser.apply(sites).ifPresent(site -> push(id, site));
                    }
                },
                e -> problem.set(messages.describe(e)));
    }

    private void push(long id, String site) {
        act(() -> {
            pusher.queue(id, site);
            return reread.apply(id);
        });
    }

    public void embargo(Instant until) {
        act(() -> desk.embargo(id(), until, me));
    }

    /** 정정: the text as it stands now, with a note readers see beside the 수정 time. */
    public void correct(String note) {
        problem.set("");
        saveFirst.run();
        // after the save above: read the version it wrote, on the same writer thread
        long id = id();
        tasks.write(
                () -> {
                    Article now = reread.apply(id);
                    return desk.correct(now.id(), now.version(), now.content(), note, me);
                },
                changed,
                e -> problem.set(messages.describe(e)));
    }

    public void clearEmbargo() {
        act(() -> desk.clearEmbargo(id(), me));
    }

    private long id() {
        return article.get().id();
    }

    private void act(Supplier<Article> action) {
        problem.set("");
        saveFirst.run();
        tasks.write(action, changed, e -> problem.set(messages.describe(e)));
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article;
    }
}
