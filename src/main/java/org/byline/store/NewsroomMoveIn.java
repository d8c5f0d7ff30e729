package org.byline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.byline.domain.Article;

/**
 * A workstation's own store copied onto its newsroom's server by an admin (server V3): people
 * first, then every article with its tags, history and revisions, each through the server's
 * move_in functions, which record the store and the old id so a second run copies nothing twice.
 * The store is named by an id kept in its own settings.
 */
public final class NewsroomMoveIn {
    /** One person or article copied (or found copied before): its old and its new id. */
    public record Moved(String kind, long oldId, long newId, String name) {}

    /** The key, in the moved store's settings, of the id the server knows the store by. */
    static final String SOURCE = "newsroom.moveInSource";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection server;
    private final Database own;

    /** @param server signed in as an admin of the newsroom */
    public NewsroomMoveIn(Connection server, Database own) {
        this.server = server;
        this.own = own;
    }

    /** Copies the store; returns what was copied, people then articles, in their old order. */
    public List<Moved> run() throws SQLException {
        UUID source = source();
        List<Moved> moved = new ArrayList<>();
        server.setAutoCommit(true);
        {
            Map<Long, Long> people = new HashMap<>();
            for (Object[] p :
                    own.read(c -> Rows.objects(c, "SELECT id, name, email, role FROM people ORDER BY id", 4))) {
                long newId = person(source, p);
                people.put(((Number) p[0]).longValue(), newId);
                moved.add(new Moved("person", ((Number) p[0]).longValue(), newId, (String) p[1]));
            }
            List<Long> ids = own.read(c -> Rows.objects(c, "SELECT id FROM articles ORDER BY id", 1).stream()
                    .map(r -> ((Number) r[0]).longValue())
                    .toList());
            for (long id : ids) {
                ObjectNode article = own.read(c -> article(c, id, people));
                long newId = article(source, id, article);
                moved.add(
                        new Moved("article", id, newId, article.get("headline").asText()));
            }
            return moved;
        }
    }

    /** The id this store is known by on servers, made the first time it is moved in. */
    private UUID source() {
        return own.write(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                st.setString(1, SOURCE);
                ResultSet rs = st.executeQuery();
                if (rs.next()) {
                    return UUID.fromString(rs.getString(1));
                }
            }
            UUID made = UUID.randomUUID();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)")) {
                st.setString(1, SOURCE);
                st.setString(2, made.toString());
                st.executeUpdate();
            }
            return made;
        });
    }

    private long person(UUID source, Object[] p) throws SQLException {
        try (PreparedStatement st = server.prepareStatement("SELECT move_in_person(?::uuid, ?, ?, ?, ?)")) {
            st.setString(1, source.toString());
            st.setLong(2, ((Number) p[0]).longValue());
            st.setString(3, (String) p[1]);
            st.setString(4, (String) p[2]);
            st.setString(5, (String) p[3]);
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private long article(UUID source, long oldId, ObjectNode article) throws SQLException {
        try (PreparedStatement st = server.prepareStatement("SELECT move_in_article(?::uuid, ?, ?::jsonb)")) {
            st.setString(1, source.toString());
            st.setLong(2, oldId);
            st.setString(3, article.toString());
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The article as move_in_article reads it, with the newsroom's ids for its people. */
    private static ObjectNode article(Connection c, long id, Map<Long, Long> people) throws SQLException {
        Article a = SqliteArticleStore.findIn(c, id).orElseThrow();
        ObjectNode o = JSON.createObjectNode();
        o.put("status", a.status().code());
        o.put("headline", a.content().headline());
        o.put("subheadline", a.content().subheadline());
        o.put("section", a.content().section());
        o.put("body", a.content().body());
        o.put("byline", a.byline());
        o.put("reporter", people.get(a.reporter().id()));
        o.put("createdAt", iso(a.createdAt()));
        o.put("updatedAt", iso(a.updatedAt()));
        o.put("registeredAt", iso(a.registeredAt()));
        o.put("modifiedAt", iso(a.modifiedAt()));
        o.put("submittedAt", iso(a.submittedAt()));
        o.put("embargoUntil", iso(a.embargoUntil()));
        o.put("returnNote", a.returnNote());
        o.put("correctionNote", a.correctionNote());
        List<Object[]> spike = Rows.objects(c, "SELECT status_before_spike FROM articles WHERE id = " + id, 1);
        o.put("statusBeforeSpike", spike.isEmpty() ? null : (String) spike.get(0)[0]);
        ArrayNode tags = o.putArray("tags");
        a.content().tags().forEach(tags::add);
        ArrayNode history = o.putArray("history");
        for (Object[] t : Rows.objects(
                c,
                "SELECT from_status, to_status, action, by_person_id, by_name, at, note FROM transitions"
                        + " WHERE article_id = " + id + " ORDER BY at, id",
                7)) {
            ObjectNode line = history.addObject();
            line.put("from", (String) t[0]);
            line.put("to", (String) t[1]);
            line.put("action", (String) t[2]);
            line.put("by", people.get(((Number) t[3]).longValue()));
            line.put("byName", (String) t[4]);
            line.put("at", iso(Instant.ofEpochMilli(((Number) t[5]).longValue())));
            line.put("note", (String) t[6]);
        }
        ArrayNode revisions = o.putArray("revisions");
        for (Object[] r : Rows.objects(
                c,
                "SELECT number, kind, by_name, by_person_id, at, headline, subheadline, section, tags, body, byline"
                        + " FROM revisions WHERE article_id = " + id + " ORDER BY number",
                11)) {
            ObjectNode rev = revisions.addObject();
            rev.put("number", ((Number) r[0]).intValue());
            rev.put("kind", (String) r[1]);
            rev.put("byName", (String) r[2]);
            rev.put("by", r[3] == null ? null : people.get(((Number) r[3]).longValue()));
            rev.put("at", iso(Instant.ofEpochMilli(((Number) r[4]).longValue())));
            rev.put("headline", (String) r[5]);
            rev.put("subheadline", (String) r[6]);
            rev.put("section", (String) r[7]);
            rev.put("tags", (String) r[8]);
            rev.put("body", (String) r[9]);
            rev.put("byline", (String) r[10]);
        }
        return o;
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
