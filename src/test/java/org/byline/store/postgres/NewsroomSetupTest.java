package org.byline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Making a newsroom, below the command line. */
class NewsroomSetupTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    @Test
    void aCreateThatStoppedBeforeItsAdmin_isFinishedByTheNext() throws Exception {
        PostgresServer server = databases.server();
        String db = databases.fresh();
        ServerAddress address = ServerAddress.parse(server.url(db));
        // the schema committed, then the workstation died before the admin was added
        NewsroomSchema.migrate(address, server.password(), RolePrefix.of(db));

        NewsroomSetup.Created created = NewsroomSetup.create(
                address,
                server.password(),
                new NewsroomSetup.FirstAdmin("관리자", "", "admin-password-1".toCharArray(), null));

        assertThat(created.adminLogin()).isEqualTo(db + ".관리자");
        try (Connection c = server.connect(db, created.adminLogin(), "admin-password-1".toCharArray());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT newsroom_is('admin')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    @Test
    void aNewsroomMadeByAnOlderByline_isRefusedAtSignIn_untilItsOwnerUpgradesIt() throws Exception {
        PostgresServer server = databases.server();
        String older = databases.fresh();
        ServerAddress address = ServerAddress.parse(server.url(older));
        // as a Byline of schema 5 left it: the outbox's migration not yet run
        Flyway.configure()
                .dataSource(ServerConnections.dataSource(address, server.password()))
                .locations(NewsroomSchema.LOCATION)
                .placeholders(Map.of("prefix", RolePrefix.of(older)))
                .target("5")
                .load()
                .migrate();
        try (Connection c = ServerConnections.open(address, server.password())) {
            NewsroomSetup.addFirstAdmin(
                    c, new NewsroomSetup.FirstAdmin("관리자", "", "admin-password-1".toCharArray(), null));
        }
        assertThatThrownBy(() -> PersonLogin.signIn(address, "관리자", "admin-password-1".toCharArray()))
                .isInstanceOf(NewsroomException.class)
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.newsroom.olderSchema");

        NewsroomSetup.Upgraded upgraded = NewsroomSetup.upgrade(address, server.password());

        assertThat(upgraded).isEqualTo(new NewsroomSetup.Upgraded(5, NewsroomSchema.VERSION));
        try (PersonLogin admin = PersonLogin.signIn(address, "관리자", "admin-password-1".toCharArray())) {
            assertThat(admin.sites().sites()).isEmpty();
        }
        // once is enough: a second run changes nothing
        assertThat(NewsroomSetup.upgrade(address, server.password()))
                .isEqualTo(new NewsroomSetup.Upgraded(NewsroomSchema.VERSION, NewsroomSchema.VERSION));
    }

    @Test
    void upgrade_refusesADatabaseThatIsNoNewsroom() throws Exception {
        PostgresServer server = databases.server();
        ServerAddress address = ServerAddress.parse(server.url(databases.fresh()));

        assertThatThrownBy(() -> NewsroomSetup.upgrade(address, server.password()))
                .isInstanceOf(NewsroomException.class)
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.newsroom.notNewsroom");
    }
}
