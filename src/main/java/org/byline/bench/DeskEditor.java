package org.byline.bench;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.byline.domain.Article;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomException;
import org.byline.domain.QueueFilter;
import org.byline.domain.Status;

/**
 * A desk editor at a workstation: looks at the desk queue of their own copy every second or two
 * and decides on the oldest filed article that falls to them, approving most and returning some
 * with a note, and pushing half of what it approves to the bench's site. While the server is away the desk's decisions are refused here (they are the
 * server's to make), and the editor tries again at the next look.
 */
final class DeskEditor implements Runnable {
    /** Queue rows read per look: more than a desk ever has waiting in this bench. */
    private static final int QUEUE_PAGE = 500;

    private final Workstation at;
    private final Floor floor;
    private final Random random;
    private int returns;

    DeskEditor(Workstation at, Floor floor) {
        this.at = at;
        this.floor = floor;
        this.random = new Random(1000L + at.index);
    }

    @Override
    public void run() {
        while (floor.open()) {
            try {
                step();
            } catch (NewsroomException e) {
                floor.refusedHere(e);
            } catch (RuntimeException e) {
                // anything else (the copy's disk, a bug): counted and shown, and the person goes on
                floor.failed(e);
            }
            if (!Pause.millis(1000 + random.nextInt(1000))) {
                return;
            }
        }
    }

    private void step() {
        for (ArticleSummary filed : at.store.drafting().page(QueueFilter.DESK_QUEUE, 0, QUEUE_PAGE)) {
            if (floor.deskFor(filed.id()) == at) {
                decide(filed.id());
                return;
            }
        }
    }

    private void decide(long id) {
        Article decided;
        if (random.nextInt(4) == 0) {
            String note = "리드를 보강해 주세요 (" + at.name + " " + ++returns + ")";
            decided = at.store.desk().returnToReporter(id, at.person, note);
            floor.count("return");
            watchFromReporter(decided, "returned", a -> a.status() == Status.DRAFT && note.equals(a.returnNote()));
        } else {
            decided = at.store.desk().approve(id, at.person);
            floor.count("approve");
            watchFromReporter(decided, "approved", a -> a.status() == Status.APPROVED);
        }
        floor.lastWrites.wrote(decided);
        at.sendNow();
        if (decided.status() == Status.APPROVED && random.nextBoolean()) {
            // half of what is approved goes out at once; any desk workstation's outbox may send it
            floor.lastWrites.pushed(id);
            at.store.outbox().queue(List.of(id), BenchSite.NAME, at.person, false);
            floor.count("push");
        }
    }

    /** The reporter of the article should see the decision on their workstation. */
    private void watchFromReporter(Article decided, String what, Predicate<Article> holds) {
        Workstation reporter = floor.reporter(decided.reporter().id());
        floor.visibility.watch(decided.id(), what, reporter.index, reporter.store.drafting(), holds);
    }
}
