package org.byline.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.newsroom.Joining;
import org.byline.newsroom.NewsroomServer;
import org.byline.store.postgres.NetworkCable;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reporter in a press room with bad Wi-Fi: hundreds of rounds of starting, editing and filing
 * articles on a joined workstation, with the network cut at a random moment of the round that
 * sends them (before, during or after the server commits, so answers are lost on the way back).
 * When the network is back for good, the server must hold every article once, with the text last
 * saved on the workstation, and every 송고 exactly once.
 */
@Tag("soak")
class NewsroomCableSoak {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN = "admin-password-1";
    private static final String HONG = "hong-password-1";

    @TempDir
    Path dir;

    @Test
    void cutsAtRandomMomentsOfTheRound_loseNothing_andSendNothingTwice() throws Exception {
        int rounds = Soak.times(300);
        PostgresServer server = databases.server();
        String db = databases.fresh();
        NewsroomServer.create(server.url(db), server.password(), "관리자", "", ADMIN.toCharArray());
        try (Joining.Member admin =
                Joining.join(dir.resolve("admin"), server.url(db), "관리자", ADMIN.toCharArray(), Clock.systemUTC())) {
            Joining.addPerson(admin, "홍길동", "", Role.REPORTER, HONG.toCharArray());
        }
        Random random = new Random(20261203L);
        Path hongs = dir.resolve("hong");
        int cutMidRound = 0;
        int kept = 0;
        Map<Long, Integer> submits = new HashMap<>();
        try (NetworkCable cable = new NetworkCable(server.host(), server.port())) {
            Joining.join(hongs, cable.url(db), "홍길동", HONG.toCharArray(), Clock.systemUTC())
                    .close();
            try (Context workstation = new Context(hongs, Locale.KOREAN)) {
                Person hong = workstation.staff().named("홍길동");
                List<Long> drafts = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    work(workstation, hong, drafts, submits, random, round);
                    // the round, with the cable pulled after a random moment (sometimes before it starts)
                    int cutAfterMillis = random.nextInt(15);
                    try (Joining.Member member = Joining.signIn(hongs, workstation, "홍길동", HONG.toCharArray())) {
                        if (member.online()) {
                            CompletableFuture<Void> cut = CompletableFuture.runAsync(
                                    cable::pullOut,
                                    CompletableFuture.delayedExecutor(cutAfterMillis, TimeUnit.MILLISECONDS));
                            try {
                                kept += member.round(workstation).kept().size();
                            } catch (NewsroomException e) {
                                cutMidRound++;
                            }
                            cut.join();
                        }
                    }
                    cable.plugIn();
                }
                // the network is back for good
                try (Joining.Member member = Joining.signIn(hongs, workstation, "홍길동", HONG.toCharArray())) {
                    assertThat(member.online()).isTrue();
                    kept += member.round(workstation).kept().size();
                    member.round(workstation);
                }
                assertThat(workstation.sync().waiting()).isZero();

                int lost = 0;
                int missing = 0;
                try (Connection c = server.connect(db, "postgres", server.password())) {
                    for (long id : drafts) {
                        Article here = workstation.drafting().open(id);
                        String there = text(c, "SELECT body FROM articles WHERE id = " + id);
                        if (there == null) {
                            missing++;
                        } else if (!there.equals(here.content().body())) {
                            lost++;
                        }
                    }
                    long duplicateHeadlines = count(
                            c,
                            "SELECT count(*) FROM (SELECT headline FROM articles GROUP BY headline HAVING count(*) > 1) d");
                    long submitsThere = count(c, "SELECT count(*) FROM transitions WHERE action = 'submit'");
                    int submitsHere = submits.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    Soak.report(
                            "newsroom cable",
                            rounds + " rounds, " + cutMidRound + " cut mid-round, " + drafts.size() + " articles, "
                                    + kept + " texts kept as revisions, " + missing + " missing on the server, "
                                    + lost + " with other text, " + duplicateHeadlines + " duplicated, "
                                    + submitsThere + "/" + submitsHere + " 송고 on the server");
                    assertThat(missing).isZero();
                    assertThat(lost).isZero();
                    assertThat(duplicateHeadlines).isZero();
                    assertThat(submitsThere).isEqualTo(submitsHere);
                }
            }
        }
    }

    /** A reporter's minute: a new draft now and then, edits to drafts, a draft filed now and then. */
    private static void work(
            Context workstation, Person hong, List<Long> drafts, Map<Long, Integer> submits, Random random, int round) {
        if (drafts.isEmpty() || random.nextInt(4) == 0) {
            Article started = workstation
                    .drafting()
                    .create(new ArticleContent("기자실 기사 " + round, "", "사회", List.of(), "첫 줄 " + round), hong);
            drafts.add(started.id());
        }
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            long id = drafts.get(random.nextInt(drafts.size()));
            Article a = workstation.drafting().open(id);
            if (a.status() != Status.DRAFT) {
                continue;
            }
            ArticleContent c = a.content();
            workstation
                    .drafting()
                    .save(
                            id,
                            a.version(),
                            new ArticleContent(
                                    c.headline(), c.subheadline(), c.section(), c.tags(), c.body() + " 고침" + round),
                            hong);
        }
        if (random.nextInt(5) == 0) {
            long id = drafts.get(random.nextInt(drafts.size()));
            if (workstation.drafting().open(id).status() == Status.DRAFT) {
                workstation.desk().submit(id, hong);
                submits.merge(id, 1, Integer::sum);
            }
        }
    }

    private static String text(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        return Long.parseLong(text(c, sql));
    }
}
