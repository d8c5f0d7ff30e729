package org.byline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
