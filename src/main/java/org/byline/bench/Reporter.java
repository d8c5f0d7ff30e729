package org.byline.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;

/**
 * A reporter at a workstation: types into a draft (a save every one to two seconds, as the
 * editor's autosave does), files it after a few saves, starts the next one, and takes up again
 * what the desk returned. Every step goes into the workstation's own copy first, and the line is
 * rung after it, as the window does.
 */
final class Reporter implements Runnable {
    private static final String[] SECTIONS = {"정치", "경제", "사회", "문화"};

    private final Workstation at;
    private final Floor floor;
    private final Random random;
    private final List<Long> filed = new ArrayList<>();
    private long draft;
    private int savesLeft;
    private int started;

    Reporter(Workstation at, Floor floor) {
        this.at = at;
        this.floor = floor;
        this.random = new Random(at.index);
    }

    @Override
    public void run() {
        while (floor.open()) {
            try {
                step();
            } catch (StaleVersionException e) {
                // the line wrote the server's answer in between: read it again, as the window would
                floor.count("staleHere");
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
        if (draft == 0) {
            draft = returned();
            if (draft == 0) {
                start();
                return;
            }
            savesLeft = 1 + random.nextInt(3);
        }
        Article current = at.store.drafting().open(draft);
        if (current.status() != Status.DRAFT) {
            draft = 0; // not ours to type into any more
            return;
        }
        if (savesLeft <= 0) {
            file(current);
            return;
        }
        ArticleContent typed =
                current.content().withBody(current.content().body() + " " + GeneratedArticles.sentence(random) + ".");
        Article saved = at.store.drafting().save(draft, current.version(), typed, at.person);
        floor.lastWrites.wrote(saved);
        floor.count("save");
        savesLeft--;
        at.sendNow();
    }

    private void start() {
        started++;
        ArticleContent content = new ArticleContent(
                at.name + " 기사 " + started + " " + GeneratedArticles.sentence(random),
                "",
                SECTIONS[random.nextInt(SECTIONS.length)],
                List.of(),
                "[TV서울=" + at.name + " 기자] " + GeneratedArticles.sentence(random) + ".");
        Article made = at.store.drafting().create(content, at.person);
        floor.lastWrites.wrote(made);
        floor.count("start");
        draft = made.id();
        savesLeft = 3 + random.nextInt(6);
        at.sendNow();
    }

    /** 송고: the desk editor it falls to should see it in their queue. */
    private void file(Article current) {
        Article filedNow = at.store.desk().submit(current.id(), at.person);
        floor.lastWrites.wrote(filedNow);
        floor.count("submit");
        Workstation desk = floor.deskFor(current.id());
        floor.visibility.watch(
                current.id(), "filed", desk.index, desk.store.drafting(), a -> a.status() == Status.SUBMITTED);
        filed.add(current.id());
        draft = 0;
        at.sendNow();
    }

    /** An article of ours the desk returned (0 if none); approved ones are forgotten. */
    private long returned() {
        for (Iterator<Long> i = filed.iterator(); i.hasNext(); ) {
            long id = i.next();
            Article a = at.store.drafting().open(id);
            if (a.status() == Status.APPROVED) {
                i.remove();
            } else if (a.status() == Status.DRAFT) {
                i.remove();
                return id;
            }
        }
        return 0;
    }
}
