package org.byline.store.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Databases of one test class on the run's {@link PostgresServer}, each with a random name, all
 * dropped (with their newsroom's roles) when the class is done. Register it as a static field
 * with {@code @RegisterExtension}.
 */
public final class TestDatabases implements AfterAllCallback {
    private final List<String> made = new ArrayList<>();

    public PostgresServer server() {
        return PostgresServer.get();
    }

    /** A new, empty database; its name. */
    public synchronized String fresh() {
        try {
            String name = server().createDatabase();
            made.add(name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws SQLException {
        for (String name : made) {
            server().dropDatabase(name);
        }
        made.clear();
    }
}
