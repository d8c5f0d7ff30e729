package org.byline.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Person;
import org.byline.domain.Revision;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.store.DeskStore;

/**
 * The desk's decisions, the same for the window and the command line: reporters submit their own
 * drafts; desk editors (and admins) approve, return, spike, restore and publish other people's
 * articles, and set embargoes. Each refusal says why; each action is recorded in the article's
 * history in the transaction that makes it, and raises the article's version, so an editor still
 * holding the old version cannot save over the desk's decision.
 */
public final class Desk {
    /** Actions a desk editor may not take on an article they wrote themselves. */
    private static final Set<DeskAction> FOUR_EYES = EnumSet.of(
            DeskAction.APPROVE,
            DeskAction.RETURN,
            DeskAction.SPIKE,
            DeskAction.UNSPIKE,
            DeskAction.PUBLISH,
            DeskAction.PUSH);

    private final DeskStore store;
    private final Staff staff;
    private final Clock clock;
    private final Revisions revisions;
    private final ServerPresence server;

    /**
     * @param revisions where submit and approval keep a copy of the text (issue: "every submit,
     *                  desk edit and approval stores a revision")
     */
    public Desk(DeskStore store, Staff staff, Clock clock, Revisions revisions) {
        this(store, staff, clock, revisions, new ServerPresence(false));
    }

    /** @param server on a newsroom copy, the desk's decisions wait for the server to answer */
    public Desk(DeskStore store, Staff staff, Clock clock, Revisions revisions, ServerPresence server) {
        this.store = store;
        this.staff = staff;
        this.clock = clock;
        this.revisions = revisions;
        this.server = server;
    }

    /** 송고: the reporter sends their draft to the desk. A 반려 note is cleared. */
    public Article submit(long id, Person by) {
        Article submitted = act(id, by, DeskAction.SUBMIT, "", (article, change, now) -> {
            change.status = Status.SUBMITTED;
            change.submittedAt = now;
            change.returnNote = "";
        });
        revisions.record(id, Revision.SUBMIT, by);
        return submitted;
    }

    /** 승인. The 등록 time is set now unless the article already has one (an import keeps its own). */
    public Article approve(long id, Person by) {
        server.require(DeskAction.APPROVE);
        Article approved = act(id, by, DeskAction.APPROVE, "", (article, change, now) -> {
            change.status = Status.APPROVED;
            if (change.registeredAt == null) {
                change.registeredAt = now;
            }
        });
        revisions.record(id, Revision.APPROVE, by);
        return approved;
    }

    /** 반려: back to the reporter as a draft, with a note they see when they open it again. */
    public Article returnToReporter(long id, Person by, String note) {
        server.require(DeskAction.RETURN);
        String why = note == null ? "" : note.strip();
        return act(id, by, DeskAction.RETURN, why, (article, change, now) -> {
            if (why.isEmpty()) {
                throw new NewsroomException("desk.noteRequired", id);
            }
            change.status = Status.DRAFT;
            change.returnNote = why;
        });
    }

    /** 폐기. Nothing is deleted; {@link #unspike} brings it back as it was. */
    public Article spike(long id, Person by) {
        server.require(DeskAction.SPIKE);
        return act(id, by, DeskAction.SPIKE, "", (article, change, now) -> {
            change.spikedFrom = article.status();
            change.status = Status.SPIKED;
        });
    }

    /** 복원: the status the article had when it was spiked. */
    public Article unspike(long id, Person by) {
        server.require(DeskAction.UNSPIKE);
        return act(id, by, DeskAction.UNSPIKE, "", (article, change, now) -> {
            change.status = change.spikedFrom == null ? Status.DRAFT : change.spikedFrom;
            change.spikedFrom = null;
        });
    }

    /** 출고, refused while the article is under embargo. */
    public Article publish(long id, Person by) {
        return publish(id, by, false);
    }

    /**
     * 출고. Under embargo it is refused unless {@code overrideEmbargo}, and the override is
     * recorded in the history before the publication.
     */
    public Article publish(long id, Person by, boolean overrideEmbargo) {
        server.require(DeskAction.PUBLISH);
        Person actor = staff.current(by);
        return store.apply(id, null, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            check(DeskAction.PUBLISH, article, actor);
            List<Transition> record = new ArrayList<>();
            if (article.isEmbargoedAt(now)) {
                if (!overrideEmbargo) {
                    throw new NewsroomException("desk.embargoed", id, article.embargoUntil());
                }
                record.add(line(
                        article,
                        article.status(),
                        DeskAction.OVERRIDE_EMBARGO,
                        actor,
                        now,
                        kst(article.embargoUntil())));
            }
            ArticleChange change = new ArticleChange(article, spikedFrom);
            change.status = Status.PUBLISHED;
            record.add(line(article, change.status, DeskAction.PUBLISH, actor, now, ""));
            return new DeskStore.Step(change.at(now), change.spikedFrom, record);
        });
    }

    /** 엠바고 until {@code until}, which must lie ahead. Setting a new time replaces the old one. */
    public Article embargo(long id, Instant until, Person by) {
        return act(id, by, DeskAction.EMBARGO, kst(until), (article, change, now) -> {
            if (!until.isAfter(now)) {
                throw new NewsroomException("desk.embargoPast", id, until);
            }
            change.embargoUntil = until;
        });
    }

    public Article clearEmbargo(long id, Person by) {
        return act(id, by, DeskAction.CLEAR_EMBARGO, "", (article, change, now) -> {
            if (article.embargoUntil() == null) {
                throw new NewsroomException("desk.noEmbargo", id);
            }
            change.embargoUntil = null;
        });
    }

    /**
     * The rule export and push follow: an article under embargo may not leave the newsroom before
     * its time, unless a desk editor overrides it, which is recorded. The embargo ends at its
     * instant exactly.
     */
    public void requireReleasable(long id, Person by, boolean override) {
        Person actor = staff.current(by);
        store.apply(id, null, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            if (!article.isEmbargoedAt(now)) {
                return new DeskStore.Step(null, spikedFrom, List.of());
            }
            if (!override) {
                throw new NewsroomException("desk.embargoed", id, article.embargoUntil());
            }
            check(DeskAction.OVERRIDE_EMBARGO, article, actor);
            return new DeskStore.Step(
                    null,
                    spikedFrom,
                    List.of(line(
                            article,
                            article.status(),
                            DeskAction.OVERRIDE_EMBARGO,
                            actor,
                            now,
                            kst(article.embargoUntil()))));
        });
    }

    /**
     * Whether this desk editor may send the article to a site now: approved or published, not
     * their own, and the embargo kept. The embargo rule is {@link #requireReleasable}'s: nobody
     * outside may read the article before its time. A site that holds the post back until then
     * itself ({@code siteHoldsEmbargo}: WordPress publishes a "future" post at its date) keeps the
     * rule, so the push may go now; any other site needs the recorded override.
     */
    public Article clearForPush(long id, Person by, boolean overrideEmbargo, boolean siteHoldsEmbargo) {
        return clearForPush(id, by, overrideEmbargo, siteHoldsEmbargo, true);
    }

    /**
     * The same rules as {@link #clearForPush}, refusing as it does, but recording nothing: a push of
     * several articles is checked whole before any of them is queued or any override written.
     */
    public void checkPush(long id, Person by, boolean overrideEmbargo, boolean siteHoldsEmbargo) {
        clearForPush(id, by, overrideEmbargo, siteHoldsEmbargo, false);
    }

    private Article clearForPush(
            long id, Person by, boolean overrideEmbargo, boolean siteHoldsEmbargo, boolean record) {
        Person actor = staff.current(by);
        return store.apply(id, null, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            check(DeskAction.PUSH, article, actor);
            if (!article.isEmbargoedAt(now) || (siteHoldsEmbargo && !overrideEmbargo)) {
                return new DeskStore.Step(null, spikedFrom, List.of());
            }
            if (!overrideEmbargo) {
                throw new NewsroomException("desk.embargoed", id, article.embargoUntil());
            }
            return new DeskStore.Step(
                    null,
                    spikedFrom,
                    !record
                            ? List.of()
                            : List.of(line(
                                    article,
                                    article.status(),
                                    DeskAction.OVERRIDE_EMBARGO,
                                    actor,
                                    now,
                                    kst(article.embargoUntil()))));
        });
    }

    /**
     * The site has the article at {@code link}: an approved article becomes 출고 (published), one
     * already published records the update. Acts for whoever queued the push; the rules were
     * checked then ({@link #clearForPush}) and the status again here.
     *
     * @param releaseAt when the site shows it, if it holds it back for an embargo; null: now
     */
    public Article pushed(long id, Person by, String site, String link, Instant releaseAt) {
        Person actor = staff.current(by);
        return store.apply(id, null, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            if (!DeskAction.PUSH.allowedFrom(article.status())) {
                throw new NewsroomException("desk.state.push", id, article.status());
            }
            String note = site + " " + link + (releaseAt == null ? "" : " (" + kst(releaseAt) + ")");
            if (article.status() == Status.PUBLISHED) {
                return new DeskStore.Step(
                        null, spikedFrom, List.of(line(article, Status.PUBLISHED, DeskAction.PUSH, actor, now, note)));
            }
            ArticleChange change = new ArticleChange(article, spikedFrom);
            change.status = Status.PUBLISHED;
            return new DeskStore.Step(
                    change.at(now),
                    change.spikedFrom,
                    List.of(line(article, change.status, DeskAction.PUSH, actor, now, note)));
        });
    }

    /**
     * A desk change to approved or published copy: saved over {@code expectedVersion} like any save,
     * with the 수정 time and, when given, a 정정 note the page shows beside it. A blank note keeps
     * the one shown before.
     *
     * @throws org.byline.domain.StaleVersionException when someone saved in between
     */
    public Article correct(long id, long expectedVersion, ArticleContent content, String correctionNote, Person by) {
        String note = correctionNote == null ? "" : correctionNote.strip();
        Person actor = staff.current(by);
        return store.apply(id, expectedVersion, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            check(DeskAction.CORRECT, article, actor);
            ArticleChange change = new ArticleChange(article, spikedFrom);
            change.content = TypedContent.accepted(content);
            change.modifiedAt = now;
            if (!note.isEmpty()) {
                change.correctionNote = note;
            }
            return new DeskStore.Step(
                    change.at(now),
                    change.spikedFrom,
                    List.of(line(article, change.status, DeskAction.CORRECT, actor, now, note)));
        });
    }

    /** Every recorded action on the article, oldest first. */
    public List<Transition> history(long id) {
        return store.history(id);
    }

    /** What one action does to the article once it is allowed. */
    @FunctionalInterface
    private interface Effect {
        void apply(Article article, ArticleChange change, Instant now);
    }

    private Article act(long id, Person by, DeskAction action, String note, Effect effect) {
        Person actor = staff.current(by);
        return store.apply(id, null, actor, (article, spikedFrom) -> {
            Instant now = clock.instant();
            check(action, article, actor);
            ArticleChange change = new ArticleChange(article, spikedFrom);
            effect.apply(article, change, now);
            return new DeskStore.Step(
                    change.at(now), change.spikedFrom, List.of(line(article, change.status, action, actor, now, note)));
        });
    }

    /** Who may act, then whether the article is in a state for it: the reason given is the first that fails. */
    private static void check(DeskAction action, Article article, Person actor) {
        if (action == DeskAction.SUBMIT) {
            if (!actor.wrote(article)) {
                throw new NewsroomException(
                        "desk.notAuthor", article.id(), article.reporter().name());
            }
        } else if (!actor.isDesk()) {
            throw new NewsroomException("desk.notDesk", action, actor.name(), actor.role());
        } else if (FOUR_EYES.contains(action) && actor.wrote(article)) {
            throw new NewsroomException("desk.ownArticle", article.id(), action);
        }
        if (!action.allowedFrom(article.status())) {
            throw new NewsroomException(wrongStateKey(action), article.id(), article.status());
        }
    }

    private static String wrongStateKey(DeskAction action) {
        return switch (action) {
            case SUBMIT -> "desk.state.submit";
            case APPROVE -> "desk.state.approve";
            case RETURN -> "desk.state.return";
            case SPIKE -> "desk.state.spike";
            case UNSPIKE -> "desk.state.unspike";
            case PUBLISH -> "desk.state.publish";
            case CORRECT -> "desk.state.correct";
            case PUSH -> "desk.state.push";
            case EMBARGO, CLEAR_EMBARGO, OVERRIDE_EMBARGO -> "desk.state.embargo";
            case IMPORT, EDIT -> throw new IllegalArgumentException(action + " is no desk action on an article");
        };
    }

    private static Transition line(Article article, Status to, DeskAction action, Person by, Instant at, String note) {
        return new Transition(article.id(), article.status(), to, action, by.name(), at, note);
    }

    /** An embargo's time as the history note shows it: 2026-12-01T09:00+09:00. */
    private static String kst(Instant instant) {
        return OffsetDateTime.ofInstant(instant, NewsroomTime.ZONE).toString();
    }
}
