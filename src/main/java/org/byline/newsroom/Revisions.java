package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.store.RevisionStore;

/**
 * Revisions of an article: kept at submit, desk edit and approval (and on request), listed,
 * compared side by side, and restored. Restoring saves the old text as the newest version and
 * keeps a revision of that too; no revision is ever deleted or changed.
 */
public final class Revisions {
    private final RevisionStore store;
    private final Drafting drafting;

    public Revisions(RevisionStore store, Drafting drafting) {
        this.store = store;
        this.drafting = drafting;
    }

    /**
     * Keeps the article's stored text as it is now.
     *
     * @param kind one of {@link Revision#KINDS}: submit, desk-edit, approve, restore or manual
     */
    public Revision record(long articleId, String kind, Person by) {
        return store.record(articleId, kind, by);
    }

    /**
     * The desk's rule for filed copy: when a desk editor (or admin) has changed a submitted or
     * approved article and moves on (the window opens another article or closes, a command's
     * edit is done), the text as they left it is kept as a desk-edit revision, so the reporter's
     * filed text and the desk's version can be compared. One home for the window and the command
     * line alike.
     *
     * @param left the article as last stored by {@code by}
     * @return the revision kept, or null when the rule does not apply (a reporter, a draft)
     */
    public Revision deskEdited(Article left, Person by) {
        boolean desk = by.role() != Role.REPORTER;
        boolean filed = left.status() == Status.SUBMITTED || left.status() == Status.APPROVED;
        return desk && filed ? record(left.id(), Revision.DESK_EDIT, by) : null;
    }

    /** The article's revisions, newest first. */
    public List<Revision> list(long articleId) {
        drafting.open(articleId); // an unknown article is an error, not an empty history
        return store.ofArticle(articleId);
    }

    public Revision get(long revisionId) {
        return store.find(revisionId).orElseThrow(() -> new NewsroomException("error.revision.unknown", revisionId));
    }

    /** The article's revision with this number (1, 2, 3 ... as {@link #list} shows them). */
    public Revision numbered(long articleId, int number) {
        drafting.open(articleId);
        return store.find(articleId, number)
                .orElseThrow(() -> new NewsroomException("error.revision.unknownNumber", articleId, number));
    }

    /** What changed from one revision of an article to another, side by side. */
    public RevisionDiff diff(long fromRevisionId, long toRevisionId) {
        Revision from = get(fromRevisionId);
        Revision to = get(toRevisionId);
        if (from.articleId() != to.articleId()) {
            throw new NewsroomException("error.revision.otherArticles", from.articleId(), to.articleId());
        }
        return new RevisionDiff(from, to, ContentDiff.rows(from.content(), from.byline(), to.content(), to.byline()));
    }

    /**
     * Makes an old revision's text the article's newest version, as a save over
     * {@code expectedVersion}, and records a revision of kind restore. The text it replaces is kept
     * first as a revision of its own (unless the newest one already holds it), in the same
     * transaction, so bringing an old copy back loses nothing and a refused restore leaves nothing.
     * Refused, as a save is, while somebody else holds the article's lock.
     *
     * @throws org.byline.domain.StaleVersionException when somebody saved after the caller read the article
     */
    public Article restore(long articleId, long revisionId, long expectedVersion, Person by) {
        drafting.guard().requireUnlocked(articleId, by);
        Revision old = get(revisionId);
        if (old.articleId() != articleId) {
            throw new NewsroomException("error.revision.notOfArticle", revisionId, articleId, old.articleId());
        }
        // a revision kept before bylines were recorded (null) leaves the article's byline as it is
        return store.restoreKeepingCurrent(articleId, expectedVersion, old.content(), old.byline(), by);
    }
}
