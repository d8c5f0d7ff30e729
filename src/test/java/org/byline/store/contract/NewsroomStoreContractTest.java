package org.byline.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Transition;
import org.byline.newsroom.Joining;
import org.byline.newsroom.NewsroomServer;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoreContract} on a newsroom's PostgreSQL server: the reporter and the desk at two
 * workstations, each working on its own copy and signed in as their own login. After every step
 * the server's row, history and revisions must be what both workstations show.
 */
class NewsroomStoreContractTest extends StoreContract {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN = "admin-password-1";
    private static final String HONG = "hong-password-1";
    private static final String DESK = "desk-password-1";

    @TempDir
    Path dir;

    private String db;
    private Context reporterSide;
    private Context deskSide;
    private Joining.Member hong;
    private Joining.Member kim;

    @BeforeEach
    void newsroom() {
        PostgresServer server = databases.server();
        db = databases.fresh();
        String url = server.url(db);
        NewsroomServer.create(url, server.password(), "관리자", "", ADMIN.toCharArray());
        try (Joining.Member admin =
                Joining.join(dir.resolve("admin"), url, "관리자", ADMIN.toCharArray(), Clock.systemUTC())) {
            Joining.addPerson(admin, "홍길동", "", Role.REPORTER, HONG.toCharArray());
            Joining.addPerson(admin, "김데스크", "", Role.DESK, DESK.toCharArray());
        }
        Joining.join(dir.resolve("hong"), url, "홍길동", HONG.toCharArray(), Clock.systemUTC())
                .close();
        Joining.join(dir.resolve("kim"), url, "김데스크", DESK.toCharArray(), Clock.systemUTC())
                .close();
        reporterSide = new Context(dir.resolve("hong"), Locale.KOREAN);
        deskSide = new Context(dir.resolve("kim"), Locale.KOREAN);
        hong = Joining.signIn(dir.resolve("hong"), reporterSide, "홍길동", HONG.toCharArray());
        kim = Joining.signIn(dir.resolve("kim"), deskSide, "김데스크", DESK.toCharArray());
    }

    @AfterEach
    void close() {
        hong.close();
        kim.close();
        reporterSide.close();
        deskSide.close();
    }

    @Override
    Context reporterSide() {
        return reporterSide;
    }

    @Override
    Context deskSide() {
        return deskSide;
    }

    @Override
    Person reporter() {
        return hong.person();
    }

    @Override
    Person desk() {
        return kim.person();
    }

    @Override
    void settle(long id) throws Exception {
        assertThat(hong.round(reporterSide).clean()).isTrue();
        assertThat(kim.round(deskSide).clean()).isTrue();
        assertThat(hong.round(reporterSide).clean()).isTrue();
        Article here = reporterSide.drafting().open(id);
        try (Connection c = databases
                        .server()
                        .connect(db, "postgres", databases.server().password());
                PreparedStatement st = c.prepareStatement("""
                        SELECT a.status, a.headline, a.body, a.return_note,
                               (SELECT string_agg(t.tag, ',' ORDER BY t.position) FROM article_tags t WHERE t.article_id = a.id),
                               (SELECT string_agg(h.action, ',' ORDER BY h.at, h.id) FROM transitions h WHERE h.article_id = a.id),
                               (SELECT count(*) FROM revisions r WHERE r.article_id = a.id)
                          FROM articles a WHERE a.id = ?""")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            assertThat(rs.next()).as("article %d on the server", id).isTrue();
            assertThat(rs.getString(1)).isEqualTo(here.status().code());
            assertThat(rs.getString(2)).isEqualTo(here.content().headline());
            assertThat(rs.getString(3)).isEqualTo(here.content().body());
            assertThat(rs.getString(4)).isEqualTo(here.returnNote());
            assertThat(rs.getString(5) == null ? "" : rs.getString(5))
                    .isEqualTo(String.join(",", here.content().tags()));
            List<String> actions = new ArrayList<>();
            for (Transition t : reporterSide.desk().history(id)) {
                actions.add(t.action().code());
            }
            assertThat(rs.getString(6) == null ? "" : rs.getString(6)).isEqualTo(String.join(",", actions));
            assertThat(rs.getLong(7))
                    .isEqualTo(reporterSide.revisions().list(id).size());
        }
    }
}
