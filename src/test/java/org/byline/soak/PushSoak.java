package org.byline.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.byline.app.Context;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.newsroom.Outbox;
import org.byline.publish.OutboxChild;
import org.byline.publish.PushNewsroom;
import org.byline.publish.WordPressStandIn;
import org.byline.publish.WordPressStandIn.Fault;
import org.byline.publish.WordPressStandIn.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand push jobs against a WordPress stand-in failing at random (server errors, 503 and 429
 * with Retry-After, answers past the timeout, posts and uploads made only after the timeout,
 * answers lost after the post or photo was stored), sent by a child process killed at random and
 * started again. The site must end with every article and every photo exactly once, every job done.
 */
@Tag("soak")
class PushSoak {
    /** Byline's answer timeout in the child; uploads get twice that, and the site finishes a create within 4 times. */
    private static final Duration ANSWER = Duration.ofSeconds(1);

    private static final Duration RUN_AT_MOST = Duration.ofMinutes(9);

    @TempDir
    Path dir;

    @Test
    void pushesThroughFaultsAndKilledSenders_reachTheSiteExactlyOnce() throws Exception {
        int articles = Soak.times(1000);
        int kills = Soak.times(50);
        Random random = new Random(20261203L);
        try (WordPressStandIn site = new WordPressStandIn("editor", PushNewsroom.APP_PASSWORD);
                Context newsroom = PushNewsroom.open(dir, Clock.systemUTC(), PushNewsroom.QUICK)) {
            Person desk = PushNewsroom.setUp(newsroom, site);
            List<Long> ids = new ArrayList<>();
            int photoArticles = 0;
            for (int i = 0; i < articles; i++) {
                boolean photos = i % 20 == 0;
                photoArticles += photos ? 1 : 0;
                ids.add((photos
                                ? PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "사진 기사 " + i)
                                : PushNewsroom.approved(newsroom, desk, "기사 " + i))
                        .id());
            }
            List<Long> jobs = newsroom.outbox().queue(ids, null, desk, false);
            Map<String, Integer> faults = new TreeMap<>();
            site.chaos(request -> fault(request, random, faults));

            long began = System.nanoTime();
            Path log = dir.resolve("senders.log");
            Process sender = OutboxChild.start(dir, ANSWER, Outbox.LEASE, log);
            List<Long> resent = new ArrayList<>();
            Map<Long, long[]> waiting = new HashMap<>(); // job -> {attempts when its sender was killed, when}
            int killed = 0;
            long nextKill = System.nanoTime() + randomPause(random, articles);
            try {
                while (!settled(newsroom.outbox().jobs(jobs))) {
                    assertThat(Duration.ofNanos(System.nanoTime() - began))
                            .as("the soak's time")
                            .isLessThan(RUN_AT_MOST);
                    List<PushJob> now = newsroom.outbox().jobs(jobs);
                    for (PushJob j : now) {
                        long[] w = waiting.get(j.id());
                        if (w != null && (j.attempts() > w[0] || j.state() != PushState.SENDING)) {
                            resent.add((System.nanoTime() - w[1]) / 1_000_000);
                            waiting.remove(j.id());
                        }
                    }
                    if (killed < kills && System.nanoTime() >= nextKill) {
                        sender.destroyForcibly().waitFor();
                        long at = System.nanoTime();
                        killed++;
                        for (PushJob j : newsroom.outbox().jobs(jobs)) {
                            if (j.state() == PushState.SENDING) {
                                waiting.put(j.id(), new long[] {j.attempts(), at});
                            }
                        }
                        sender = OutboxChild.start(dir, ANSWER, Outbox.LEASE, log);
                        nextKill = System.nanoTime() + randomPause(random, articles);
                    }
                    Thread.sleep(50);
                }
            } finally {
                sender.destroyForcibly().waitFor();
            }
            long took = (System.nanoTime() - began) / 1_000_000;
            // a held create the site is still working on would make its post after the jobs ended: count it too
            Thread.sleep(ANSWER.multipliedBy(4).toMillis());

            List<PushJob> ended = newsroom.outbox().jobs(jobs);
            Map<PushState, Long> states =
                    ended.stream().collect(Collectors.groupingBy(PushJob::state, Collectors.counting()));
            Map<String, Long> postsBySlug = count(site.posts, "slug");
            Map<String, Long> mediaBySlug = count(site.media, "slug");
            List<Long> sorted = resent.stream().sorted().toList();
            Soak.report(
                    "push",
                    articles + " jobs (" + photoArticles * 2 + " photos), " + killed + " of " + kills
                            + " planned senders killed, " + took / 1000
                            + " s; site: " + site.posts.size() + " posts, " + site.media.size() + " photos; jobs "
                            + states
                            + "; killed sender's job taken again after max "
                            + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1) + " ms")
                            + ", median " + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() / 2) + " ms") + " ("
                            + sorted.size()
                            + " jobs, a new sender JVM's start included); faults " + faults);

            assertThat(states).as("every job arrived: none lost, none failed").isEqualTo(Map.of(PushState.DONE, (long)
                    articles));
            assertThat(postsBySlug)
                    .as("each article once")
                    .hasSize(articles)
                    .allSatisfy((slug, n) -> assertThat(n).as(slug).isEqualTo(1));
            assertThat(mediaBySlug)
                    .as("each photo once")
                    .hasSize(photoArticles * 2)
                    .allSatisfy((slug, n) -> assertThat(n).as(slug).isEqualTo(1));
            assertThat(site.count("POST /wp-json/wp/v2/posts"))
                    .as("posts created")
                    .isEqualTo(articles);
            assertThat(ended.stream().map(PushJob::remoteId).collect(Collectors.toSet()))
                    .isEqualTo(site.posts.keySet().stream().map(String::valueOf).collect(Collectors.toSet()));
            assertThat(sorted).allSatisfy(ms -> assertThat(ms).isLessThan(30_000L));
        }
    }

    /** About one request in ten goes wrong, in each of the ways a site and its network do. */
    private static Fault fault(String request, Random random, Map<String, Integer> seen) {
        String[] parts = request.split(" ", 2);
        boolean create = parts[0].equals("POST") && parts[1].matches("/wp-json/wp/v2/(posts|media)");
        boolean upload = create && parts[1].endsWith("media");
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        Fault fault;
        if (r < 0.02) {
            fault = status(parts, 500, "internal_server_error");
        } else if (r < 0.03) {
            fault = status(parts, 502, "bad_gateway");
        } else if (r < 0.04) {
            fault = status(parts, 503, "unavailable");
        } else if (r < 0.05) {
            fault = status(parts, 429, "too_many_requests");
        } else if (r < 0.055) {
            fault = new Fault(parts[0], parts[1], Kind.SLOW, 0, "", ANSWER.toMillis() * (upload ? 2 : 1) + 300);
        } else if (create && r < 0.075) {
            // made only after Byline stopped waiting, but before the site surely finishes (4 answers)
            fault = new Fault(parts[0], parts[1], Kind.HOLD, 0, "", ANSWER.toMillis() * (upload ? 2 : 1) + 500);
        } else if (create && r < 0.095) {
            fault = new Fault(parts[0], parts[1], Kind.CLOSE_AFTER_WORK, 0, "", 0);
        } else {
            return null;
        }
        synchronized (seen) {
            seen.merge(
                    fault.kind() == Kind.STATUS
                            ? Integer.toString(fault.status())
                            : fault.kind().name(),
                    1,
                    Integer::sum);
        }
        return fault;
    }

    private static Fault status(String[] request, int status, String code) {
        return new Fault(request[0], request[1], Kind.STATUS, status, code, 0);
    }

    /** Kills spread over the run (2.5 s apart on average at full length, about half the sending time), less at a short scale. */
    private static long randomPause(Random random, int articles) {
        long most = Math.max(1_500, Math.min(4_000, articles * 4L));
        return Duration.ofMillis(500 + random.nextInt((int) most)).toNanos();
    }

    private static boolean settled(List<PushJob> jobs) {
        return jobs.stream().allMatch(j -> j.state().isSettled());
    }

    private static Map<String, Long> count(Map<Long, ObjectNode> held, String field) {
        synchronized (held) { // a synchronized map: its views are walked under its lock
            return held.values().stream()
                    .collect(Collectors.groupingBy(o -> o.path(field).asText(), Collectors.counting()));
        }
    }
}
