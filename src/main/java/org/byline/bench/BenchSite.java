package org.byline.bench;

import java.time.Duration;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.ScratchSite;

/**
 * The site the bench's desk pushes to ({@link ScratchSite}: a WordPress stand-in that fails one
 * create in eight on purpose), and what the pushes came to.
 */
final class BenchSite implements AutoCloseable {
    static final String NAME = "벤치 사이트";
    /** One create in this many goes wrong on purpose. */
    private static final int FAULT_EVERY = 8;

    /** What the pushes came to: jobs by state on the server, posts on the site, and posts made twice. */
    record Pushes(Map<String, Integer> jobs, int posts, int duplicatePushes, int faults) {
        int state(String state) {
            return jobs.getOrDefault(state, 0);
        }

        int queued() {
            return jobs.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ScratchSite site = ScratchSite.start(NAME, FAULT_EVERY);

    /** The admin adds the site to the newsroom (on its server; the secret stays at the admin's workstation). */
    void addTo(Newsroom admins, Person admin) {
        site.addTo(admins, admin);
    }

    /**
     * A desk workstation keeps the site's secret and runs the outbox worker, as a desk editor's
     * window does (with the command line's short backoff, so the run settles within the bench).
     */
    void sendFrom(Workstation desk) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                site.keepSecretAt(desk.store, desk.person);
                break;
            } catch (NewsroomException notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                Thread.sleep(100); // the workstation's line has not signed in yet
            }
        }
        desk.store.outbox().startBriskly(Duration.ofSeconds(2));
    }

    Pushes pushes(Map<String, Integer> jobs) {
        return new Pushes(jobs, site.posts(), site.postedTwice(), site.faults());
    }

    @Override
    public void close() {
        site.close();
    }
}
