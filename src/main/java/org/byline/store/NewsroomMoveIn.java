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
import org.byline.domain.NewsroomException;

/**
 * A workstation's own store copied onto its newsroom's server by an admin (server V3, V6): people
 * first, then every article with its tags, history, revisions and photos, then its sites, what
 * they hold and its push jobs, and the outlet's settings where the newsroom has none, each through the server's
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
    private final Map<String, String> alsoSettings;

    /**
     * @param server signed in as an admin of the newsroom
     * @param alsoSettings newsroom settings the store keeps outside byline.db (its house style rules)
     */
    public NewsroomMoveIn(Connection server, Database own, Map<String, String> alsoSettings) {
        this.server = server;
        this.own = own;
        this.alsoSettings = alsoSettings;
    }

    /** Copies the store; returns what was copied, people then articles, in their old order. */
    public List<Moved> run() throws SQLException {
        // a push on its way from this store may have made a post the site has not named yet: found
        // by its slug only from this store, so it must settle here first or it would be made again
        long unsettled = own.read(c -> ((Number) Rows.objects(
                                c,
                                "SELECT (SELECT count(*) FROM push_jobs WHERE state = 'sending')"
                                        + " + (SELECT count(*) FROM unanswered_creates)",
                                1)
                        .get(0)[0])
                .longValue());
        if (unsettled > 0) {
            throw new NewsroomException("error.newsroom.moveInPushesUnsettled", unsettled);
        }
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
            Map<Long, Long> articles = new HashMap<>();
            for (long id : ids) {
                ObjectNode article = own.read(c -> article(c, id, people));
                long newId = article(source, id, article);
                articles.put(id, newId);
                photos(id, newId);
                moved.add(
                        new Moved("article", id, newId, article.get("headline").asText()));
            }
            new Outbox(source, people, articles).move(moved);
            settings();
            return moved;
        }
    }

    /**
     * The article's photos, originals first (each once, by its content), unless the newsroom's
     * article has photos already: moved by an earlier run, or changed since on the server.
     */
    private void photos(long oldId, long newId) throws SQLException {
        boolean here = !own.read(c -> NewsroomRows.localPhotos(c, oldId)).isEmpty();
        if (!here) {
            return;
        }
        try (PreparedStatement st = server.prepareStatement("SELECT 1 FROM photos WHERE article_id = ?")) {
            st.setLong(1, newId);
            if (st.executeQuery().next()) {
                return;
            }
        }
        PhotoSets.send(server, own, new MediaFiles(own.file().getParent()), oldId, newId);
    }

    /** The outlet's settings (name, masthead, manuscript sheet, photo limits), where the newsroom has none of its own. */
    private void settings() throws SQLException {
        List<Object[]> shared = new ArrayList<>(own.read(
                c -> Rows.objects(c, "SELECT key, value FROM settings WHERE " + NewsroomRows.SHARED_SETTINGS, 2)));
        alsoSettings.forEach((key, value) -> shared.add(new Object[] {key, value}));
        try (PreparedStatement st = server.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
            for (Object[] row : shared) {
                st.setString(1, (String) row[0]);
                st.setString(2, (String) row[1]);
                st.executeUpdate();
            }
        }
    }

    /**
     * The store's sites, what each already holds (so nothing it pushed is pushed again as new)
     * and its push jobs, with the newsroom's ids. The sites' secrets are the workstation's to move.
     */
    private final class Outbox {
        private final UUID source;
        private final Map<Long, Long> people;
        private final Map<Long, Long> articles;
        private final Map<Long, Long> sites = new HashMap<>();

        Outbox(UUID source, Map<Long, Long> people, Map<Long, Long> articles) {
            this.source = source;
            this.people = people;
            this.articles = articles;
        }

        void move(List<Moved> moved) throws SQLException {
            for (Object[] s :
                    own.read(c -> Rows.objects(c, "SELECT id, name, type, url, user_name FROM sites ORDER BY id", 5))) {
                long oldId = ((Number) s[0]).longValue();
                long newId = call(
                        "SELECT move_in_site(?::uuid, ?, ?, ?, ?, ?)",
                        source.toString(),
                        oldId,
                        s[1],
                        s[2],
                        s[3],
                        s[4]);
                sites.put(oldId, newId);
                moved.add(new Moved("site", oldId, newId, (String) s[1]));
            }
            for (Object[] p : own.read(c -> Rows.objects(
                    c, "SELECT site_id, article_id, remote_id, link, pushed_at, updated_at FROM remote_posts", 6))) {
                hold("""
                        INSERT INTO remote_posts (site_id, article_id, remote_id, link, pushed_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", sites.get(number(p[0])), articles.get(number(p[1])), p[2], p[3], number(p[4]), number(p[5]));
            }
            for (Object[] m : own.read(
                    c -> Rows.objects(c, "SELECT site_id, sha256, remote_id, source_url FROM remote_media", 4))) {
                hold("""
                        INSERT INTO remote_media (site_id, sha256, remote_id, source_url) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""", sites.get(number(m[0])), m[1], m[2], m[3]);
            }
            for (Object[] j : own.read(c -> Rows.objects(c, """
                    SELECT id, article_id, site_id, state, attempts, retried_at_attempt, override_embargo, error_key,
                           error_args, remote_id, remote_link, queued_by, created_at, updated_at FROM push_jobs ORDER BY id""", 14))) {
                ObjectNode job = JSON.createObjectNode();
                job.put("article", articles.get(number(j[1])));
                job.put("site", sites.get(number(j[2])));
                job.put("state", (String) j[3]);
                job.put("attempts", number(j[4]));
                job.put("retriedAtAttempt", number(j[5]));
                job.put("overrideEmbargo", number(j[6]) == 1);
                job.put("errorKey", (String) j[7]);
                job.put("errorArgs", (String) j[8]);
                job.put("remoteId", (String) j[9]);
                job.put("remoteLink", (String) j[10]);
                job.put("queuedBy", people.get(number(j[11])));
                job.put("createdAt", number(j[12]));
                job.put("updatedAt", number(j[13]));
                long oldId = number(j[0]);
                long newId =
                        call("SELECT move_in_push_job(?::uuid, ?, ?::jsonb)", source.toString(), oldId, job.toString());
                moved.add(new Moved("job", oldId, newId, (String) j[3]));
            }
        }

        private long call(String sql, Object... values) throws SQLException {
            try (PreparedStatement st = server.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    st.setObject(i + 1, values[i]);
                }
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        }

        private void hold(String sql, Object... values) throws SQLException {
            try (PreparedStatement st = server.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    st.setObject(i + 1, values[i]);
                }
                st.executeUpdate();
            }
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
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
