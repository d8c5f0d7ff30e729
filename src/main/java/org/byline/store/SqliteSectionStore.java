package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Section;

/** {@link SectionStore} in SQLite. */
public final class SqliteSectionStore implements SectionStore {
    private final Database db;

    public SqliteSectionStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Section> all() {
        return db.read(SqliteSectionStore::all);
    }

    private static List<Section> all(Connection c) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT id, name, retired FROM sections ORDER BY position, id")) {
            ResultSet rs = st.executeQuery();
            List<Section> sections = new ArrayList<>();
            while (rs.next()) {
                sections.add(new Section(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0));
            }
            return sections;
        }
    }

    @Override
    public List<Section> active() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    @Override
    public Section add(String name) {
        String n = Text.nfc(name);
        return db.write(c -> {
            requireFree(c, n);
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sections (name, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM sections))")) {
                st.setString(1, n);
                st.executeUpdate();
            }
            return new Section(Rows.lastId(c), n, false);
        });
    }

    @Override
    public void rename(String from, String to, List<String> settingPrefixes) {
        String n = Text.nfc(to);
        db.write(c -> {
            Section old = require(c, from);
            long id = old.id();
            requireFree(c, n);
            try (PreparedStatement st = c.prepareStatement("UPDATE sections SET name = ? WHERE id = ?")) {
                st.setString(1, n);
                st.setLong(2, id);
                st.executeUpdate();
            }
            for (String prefix : settingPrefixes) {
                try (PreparedStatement st = c.prepareStatement("UPDATE settings SET key = ? WHERE key = ?")) {
                    st.setString(1, prefix + n);
                    st.setString(2, prefix + old.name()); // as stored (NFC), however it was typed
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void move(String name, int place) {
        db.write(c -> {
            Section moving = require(c, name);
            List<Section> order = new ArrayList<>(all(c));
            order.removeIf(s -> s.id() == moving.id());
            order.add(Math.max(0, Math.min(place - 1, order.size())), moving);
            try (PreparedStatement st = c.prepareStatement("UPDATE sections SET position = ? WHERE id = ?")) {
                for (int i = 0; i < order.size(); i++) {
                    st.setInt(1, i + 1);
                    st.setLong(2, order.get(i).id());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void retire(String name, boolean retired) {
        db.write(c -> {
            Section section = require(c, name);
            if (retired
                    && !section.retired()
                    && all(c).stream().filter(s -> !s.retired()).count() == 1) {
                throw new NewsroomException("error.lastSection", name);
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE sections SET retired = ? WHERE id = ?")) {
                st.setInt(1, retired ? 1 : 0);
                st.setLong(2, section.id());
                st.executeUpdate();
            }
            return null;
        });
    }

    private static Section require(Connection c, String name) throws SQLException {
        List<Section> sections = all(c);
        return sections.stream()
                .filter(s -> s.name().equals(Text.nfc(name)))
                .findFirst()
                .orElseThrow(() -> new NewsroomException("error.unknownSection", name, names(sections)));
    }

    private static void requireFree(Connection c, String name) throws SQLException {
        if (all(c).stream().anyMatch(s -> s.name().equals(name))) {
            throw new NewsroomException("error.sectionExists", name);
        }
    }

    /** The names to offer in a message: the sections in use. */
    static String names(List<Section> sections) {
        return String.join(
                ", ",
                sections.stream().filter(s -> !s.retired()).map(Section::name).toList());
    }

    static String activeNames(Connection c) throws SQLException {
        return names(all(c));
    }
}
