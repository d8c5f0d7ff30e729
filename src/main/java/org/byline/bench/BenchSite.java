package org.byline.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.byline.bench.WordPressStandIn.Fault;
import org.byline.bench.WordPressStandIn.Kind;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.SiteType;
import org.byline.newsroom.Newsroom;
import org.byline.publish.RetryPolicy;

/**
 * The site the bench's desk pushes to: a WordPress stand-in on the loopback that fails on purpose
 * now and then, as a site does (a 503, an answer that never comes although the post was made, a
 * slow answer), and what it holds at the end, to count the articles it got twice.
 */
final class BenchSite implements AutoCloseable {
    static final String NAME = "벤치 사이트";
    private static final String USER = "editor";
    /** The stand-in's application password: a bench fixture, not anyone's secret. */
    private static final String SECRET = "bnch AAAA BBBB CCCC";
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

    private final WordPressStandIn site;
    private final Random random = new Random(7);
    private final AtomicInteger faults = new AtomicInteger();

    BenchSite() throws IOException {
        site = new WordPressStandIn(USER, SECRET);
        site.chaos(this::fault);
    }

    private synchronized Fault fault(String request) {
        if (!request.equals("POST /wp-json/wp/v2/posts") || random.nextInt(FAULT_EVERY) != 0) {
            return null;
        }
        faults.incrementAndGet();
        return switch (random.nextInt(3)) {
            case 0 -> new Fault("POST", "/wp-json/wp/v2/posts", Kind.STATUS, 503, "service_unavailable", 0);
            case 1 -> new Fault("POST", "/wp-json/wp/v2/posts", Kind.CLOSE_AFTER_WORK, 0, "", 0);
            default -> new Fault("POST", "/wp-json/wp/v2/posts", Kind.SLOW, 0, "", 1500);
        };
    }

    /** The admin adds the site to the newsroom (on its server; the secret stays at the admin's workstation). */
    void addTo(Newsroom admins, Person admin) {
        admins.sites().add(NAME, SiteType.WORDPRESS, site.url(), USER, SECRET.toCharArray(), admin);
    }

    /**
     * A desk workstation keeps the site's secret and runs the outbox worker, as a desk editor's
     * window does (with the command line's short backoff, so the run settles within the bench).
     */
    void sendFrom(Workstation desk) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                desk.store.sites().keepSecret(NAME, SECRET.toCharArray(), desk.person);
                break;
            } catch (NewsroomException notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                Thread.sleep(100); // the workstation's line has not signed in yet
            }
        }
        desk.store.outbox().start(RetryPolicy.COMMAND_LINE, Duration.ofSeconds(2));
    }

    Pushes pushes(Map<String, Integer> jobs) {
        long distinct = site.posts.values().stream()
                .map(p -> p.path("slug").asText())
                .distinct()
                .count();
        return new Pushes(jobs, site.posts.size(), (int) (site.posts.size() - distinct), faults.get());
    }

    @Override
    public void close() {
        site.close();
    }
}
