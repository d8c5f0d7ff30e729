package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SettingsStore} in SQLite. */
public final class SqliteSettingsStore implements SettingsStore {
    private static final String UPSERT =
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    private static final String DELETE = "DELETE FROM settings WHERE key = ?";

    private final Database db;

    public SqliteSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                st.setString(1, key);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(UPSERT)) {
                st.setString(1, key);
                st.setString(2, Text.nfc(value));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(String key) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(DELETE)) {
                st.setString(1, key);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void putOrRemoveAll(Map<String, String> values) {
        db.write(c -> {
            try (PreparedStatement put = c.prepareStatement(UPSERT);
                    PreparedStatement remove = c.prepareStatement(DELETE)) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    if (e.getValue().isEmpty()) {
                        remove.setString(1, e.getKey());
                        remove.executeUpdate();
                    } else {
                        put.setString(1, e.getKey());
                        put.setString(2, Text.nfc(e.getValue()));
                        put.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, String> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM settings ORDER BY key")) {
                ResultSet rs = st.executeQuery();
                Map<String, String> values = new LinkedHashMap<>();
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
                return values;
            }
        });
    }
}
