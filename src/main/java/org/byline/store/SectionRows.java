package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Section;

/**
 * The sections' rules in SQL that a workstation's SQLite store and the newsroom server's
 * PostgreSQL both speak, each step on a connection its caller holds in one transaction.
 */
public final class SectionRows {
    private SectionRows() {}

    /** Every section, retired ones included, in the site's order. */
    public static List<Section> all(Connection c) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT id, name, retired FROM sections ORDER BY position, id")) {
            ResultSet rs = st.executeQuery();
            List<Section> sections = new ArrayList<>();
            while (rs.next()) {
                sections.add(new Section(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
            }
            return sections;
        }
    }

    public static Section add(Connection c, String name) throws SQLException {
        String n = Text.nfc(name);
        requireFree(c, n);
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO sections (name, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM sections))")) {
            st.setString(1, n);
            st.executeUpdate();
        }
        return require(c, n);
    }

    /** Renames a section, and the settings keyed by its name with it. */
    public static void rename(Connection c, String from, String to, List<String> settingPrefixes) throws SQLException {
        String n = Text.nfc(to);
        Section old = require(c, from);
        requireFree(c, n);
        try (PreparedStatement st = c.prepareStatement("UPDATE sections SET name = ? WHERE id = ?")) {
            st.setString(1, n);
            st.setLong(2, old.id());
            st.executeUpdate();
        }
        for (String prefix : settingPrefixes) {
            try (PreparedStatement st = c.prepareStatement("UPDATE settings SET key = ? WHERE key = ?")) {
                st.setString(1, prefix + n);
                st.setString(2, prefix + old.name()); // as stored (NFC), however it was typed
                st.executeUpdate();
            }
        }
    }

    public static void move(Connection c, String name, int place) throws SQLException {
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
    }

    /** Retires or restores a section. The last section in use cannot be retired. */
    public static void retire(Connection c, String name, boolean retired) throws SQLException {
        Section section = require(c, name);
        if (retired
                && !section.retired()
                && all(c).stream().filter(s -> !s.retired()).count() == 1) {
            throw new NewsroomException("error.lastSection", name);
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE sections SET retired = ? WHERE id = ?")) {
            st.setBoolean(1, retired);
            st.setLong(2, section.id());
            st.executeUpdate();
        }
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
