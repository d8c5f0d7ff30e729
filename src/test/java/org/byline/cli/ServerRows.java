package org.byline.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.byline.store.postgres.PostgresServer;

/** What a newsroom's server holds, read as its superuser: what the tests check after the commands ran. */
record ServerRows(PostgresServer server, String database) {
    String text(String sql) throws Exception {
        try (Connection c = server.connect(database, "postgres", server.password());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    long count(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }
}
