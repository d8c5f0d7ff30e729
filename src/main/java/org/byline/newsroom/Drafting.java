package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Section;
import org.byline.store.ArticleStore;
import org.byline.store.SectionStore;

/** Writing articles: start one, save it (never over somebody else's newer save), open it, list them. */
public final class Drafting {
    private final ArticleStore articles;
    private final SectionStore sections;

    public Drafting(ArticleStore articles, SectionStore sections) {
        this.articles = articles;
        this.sections = sections;
    }

    public Article create(ArticleContent content, Person reporter) {
        return articles.create(content, reporter);
    }

    /** A new draft under the byline typed for it ("홍길동·김철수"); null or blank is the reporter's name. */
    public Article create(ArticleContent content, Person reporter, String byline) {
        if (byline != null && !byline.isBlank()) {
            requireByline(byline);
        }
        return articles.create(content, reporter, byline);
    }

    /** Many new drafts in one transaction (imports, generated test and benchmark data). */
    public void createAll(List<ArticleContent> contents, Person reporter) {
        articles.createAll(contents, reporter);
    }

    /**
     * Saves the reporter's text over the version they started from.
     *
     * @throws org.byline.domain.StaleVersionException when someone else saved in between
     */
    public Article save(long id, long expectedVersion, ArticleContent content) {
        return articles.save(id, expectedVersion, content);
    }

    /**
     * Saves {@code by}'s text, if {@code by} may change the article in its present state: a
     * reporter changes drafts (once filed, the copy is the desk's); the desk changes anything not
     * spiked, and a change to approved or published copy records its 수정 time.
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
        String shown = byline == null ? null : byline.isBlank() ? current.reporter().name() : byline;
        if (shown != null) {
            requireByline(shown);
        }
        return articles.save(id, expectedVersion, content, shown);
    }

    private static void requireByline(String byline) {
        if (byline.strip().length() > MAX_BYLINE || byline.chars().anyMatch(Character::isISOControl)) {
            throw new NewsroomException("error.badByline", MAX_BYLINE);
        }
    }

    /** Three reporters with titles fit; a paragraph does not belong in a byline. */
    static final int MAX_BYLINE = 60;

    /** The rule behind {@link #save(long, long, ArticleContent, Person)}, for the window to show it. */
    public static boolean mayEdit(Article article, Person by) {
        if (article == null || article.id() == 0) {
            return true;
        }
        if (by.role() == org.byline.domain.Role.REPORTER) {
            return article.status() == org.byline.domain.Status.DRAFT;
        }
        return article.status() != org.byline.domain.Status.SPIKED;
    }

    public Article open(long id) {
        return articles.find(id).orElseThrow(() -> new NewsroomException("error.unknownArticle", id));
    }

    public int count(QueueFilter filter) {
        return articles.count(filter);
    }

    public List<ArticleSummary> page(QueueFilter filter, int offset, int limit) {
        return articles.page(filter, offset, limit);
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
