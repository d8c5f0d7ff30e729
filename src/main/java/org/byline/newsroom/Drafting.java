package org.byline.newsroom;

import java.time.Clock;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Role;
import org.byline.domain.Section;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.store.ArticleStore;
import org.byline.store.QueueQuery;
import org.byline.store.SectionStore;

/** Writing articles: start one, save it (never over somebody else's newer save), open it, list them. */
public final class Drafting {
    private final ArticleStore articles;
    private final QueueQuery queue;
    private final SectionStore sections;
    private final EditGuard guard;

    public Drafting(ArticleStore articles, QueueQuery queue, SectionStore sections, Locks locks, Clock clock) {
        this.articles = articles;
        this.queue = queue;
        this.sections = sections;
        this.guard = new EditGuard(locks, articles, clock);
    }

    /** The same rules for the photos of an article as for its text. */
    EditGuard guard() {
        return guard;
    }

    public Article create(ArticleContent content, Person reporter) {
        return articles.create(TypedContent.accepted(content), reporter);
    }

    /** A new draft under the byline typed for it ("홍길동·김철수"); null or blank is the reporter's name. */
    public Article create(ArticleContent content, Person reporter, String byline) {
        return articles.create(TypedContent.accepted(content), reporter, checkedByline(byline));
    }

    /** Many new drafts in one transaction (imports, generated test and benchmark data). */
    public void createAll(List<ArticleContent> contents, Person reporter) {
        articles.createAll(contents.stream().map(TypedContent::accepted).toList(), reporter);
    }

    /**
     * Saves the reporter's text over the version they started from.
     *
     * @throws org.byline.domain.StaleVersionException when someone else saved in between
     */
    public Article save(long id, long expectedVersion, ArticleContent content) {
        return articles.save(id, expectedVersion, TypedContent.accepted(content));
    }

    /**
     * Saves {@code by}'s text, if {@code by} may change the article in its present state: a
     * reporter changes drafts (once filed, the copy is the desk's); the desk changes anything not
     * spiked, and a change to approved or published copy records its 수정 time. Refused while
     * somebody else holds the article's lock; a change by anyone but the reporter is recorded in
     * the history (one line for a run of saves).
     */
    public Article save(long id, long expectedVersion, ArticleContent content, Person by) {
        return save(id, expectedVersion, content, null, by);
    }

    /**
     * The same, with the byline: "홍길동", a joint "홍길동·김철수", a title "홍길동 특파원", or a
     * photo credit "사진=김사진" (see {@code render.Bylines}). Null keeps the stored byline; an
     * empty one is the reporter's name again.
     */
    public Article save(long id, long expectedVersion, ArticleContent content, String byline, Person by) {
        Article current = open(id);
        if (!mayEdit(current, by)) {
            throw new NewsroomException("error.notYourCopy", id, current.status());
        }
        guard.requireUnlocked(id, by);
        String shown =
                byline == null ? null : byline.isBlank() ? current.reporter().name() : byline;
        ArticleContent accepted = TypedContent.accepted(content);
        String checked = checkedByline(shown);
        Transition line = guard.line(current, by, "");
        if (line == null) {
            return articles.save(id, expectedVersion, accepted, checked);
        }
        return articles.save(id, expectedVersion, accepted, checked, line, by);
    }

    /** One line, not too long; what a terminal or a page would not show goes as in the text. */
    private static String checkedByline(String byline) {
        if (byline != null
                && (byline.strip().length() > MAX_BYLINE || byline.chars().anyMatch(Character::isISOControl))) {
            throw new NewsroomException("error.badByline", MAX_BYLINE);
        }
        return TypedContent.line(byline);
    }

    /** Three reporters with titles fit; a paragraph does not belong in a byline. */
    static final int MAX_BYLINE = 60;

    /** The rule behind {@link #save(long, long, ArticleContent, Person)}, for the window to show it. */
    public static boolean mayEdit(Article article, Person by) {
        if (article == null || article.id() == 0) {
            return true;
        }
        if (by.role() == Role.REPORTER) {
            return article.status() == Status.DRAFT;
        }
        return article.status() != Status.SPIKED;
    }

    public Article open(long id) {
        return articles.find(id).orElseThrow(() -> new NewsroomException("error.unknownArticle", id));
    }

    public int count(QueueFilter filter) {
        return queue.count(filter);
    }

    public List<ArticleSummary> page(QueueFilter filter, int offset, int limit) {
        return queue.page(filter, offset, limit);
    }

    public List<Section> sections() {
        return sections.all();
    }

    /** The sections a new article can take: the ones in use, in the site's order. */
    public List<String> sectionNames() {
        return sections.active().stream().map(Section::name).toList();
    }

    /** Every section an article can have, retired ones too (the queue filters by them). */
    public List<String> allSectionNames() {
        return sections.all().stream().map(Section::name).toList();
    }
}
