package org.byline.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.RemotePost;
import org.byline.store.OutboxRows;
import org.byline.store.SiteHoldingsStore;

/**
 * What each site holds, on the newsroom server (V6): whichever workstation sends an article next
 * finds the post and the photos another one made, and a create that went unanswered from one
 * workstation is only looked for, never made again, from every other.
 */
final class ServerSiteHoldingsStore implements SiteHoldingsStore {
    private static final String POST = """
            SELECT r.*, s.name AS site_name FROM remote_posts r JOIN sites s ON s.id = r.site_id WHERE r.article_id = ?""";

    private final PersonLogin login;

    ServerSiteHoldingsStore(PersonLogin login) {
        this.login = login;
    }

    @Override
    public Optional<RemoteMedia> media(long siteId, String sha256) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT remote_id, source_url FROM remote_media WHERE site_id = ? AND sha256 = ?")) {
                st.setLong(1, siteId);
                st.setString(2, sha256);
                ResultSet rs = st.executeQuery();
                return rs.next()
                        ? Optional.of(new RemoteMedia(rs.getString(1), rs.getString(2)))
                        : Optional.<RemoteMedia>empty();
            }
        });
    }

    @Override
    public void rememberMedia(long siteId, String sha256, String remoteId, String sourceUrl) {
        update("""
                INSERT INTO remote_media (site_id, sha256, remote_id, source_url) VALUES (?, ?, ?, ?)
                ON CONFLICT (site_id, sha256) DO UPDATE SET remote_id = excluded.remote_id, source_url = excluded.source_url""", siteId, sha256, remoteId, sourceUrl == null ? "" : sourceUrl);
    }

    @Override
    public Optional<RemotePost> post(long siteId, long articleId) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(POST + " AND r.site_id = ?")) {
                st.setLong(1, articleId);
                st.setLong(2, siteId);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(OutboxRows.post(rs)) : Optional.<RemotePost>empty();
            }
        });
    }

    @Override
    public List<RemotePost> posts(long articleId) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(POST + " ORDER BY s.name")) {
                st.setLong(1, articleId);
                ResultSet rs = st.executeQuery();
                List<RemotePost> posts = new ArrayList<>();
                while (rs.next()) {
                    posts.add(OutboxRows.post(rs));
                }
                return posts;
            }
        });
    }

    @Override
    public void rememberPost(long siteId, long articleId, String remoteId, String link) {
        update("""
                INSERT INTO remote_posts (site_id, article_id, remote_id, link, pushed_at, updated_at)
                VALUES (?, ?, ?, ?, byline_now_ms(), byline_now_ms())
                ON CONFLICT (site_id, article_id) DO UPDATE
                   SET remote_id = excluded.remote_id, link = excluded.link, updated_at = excluded.updated_at""", siteId, articleId, remoteId, link == null ? "" : link);
    }

    @Override
    public Optional<Duration> unansweredCreate(long siteId, String slug) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT greatest(0, byline_now_ms() - sent_at) FROM unanswered_creates WHERE site_id = ? AND slug = ?")) {
                st.setLong(1, siteId);
                st.setString(2, slug);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(Duration.ofMillis(rs.getLong(1))) : Optional.<Duration>empty();
            }
        });
    }

    @Override
    public void creating(long siteId, String slug) {
        update("""
                INSERT INTO unanswered_creates (site_id, slug, sent_at) VALUES (?, ?, byline_now_ms())
                ON CONFLICT (site_id, slug) DO UPDATE SET sent_at = excluded.sent_at""", siteId, slug);
    }

    @Override
    public void createAnswered(long siteId, String slug) {
        update("DELETE FROM unanswered_creates WHERE site_id = ? AND slug = ?", siteId, slug);
    }

    private void update(String sql, Object... values) {
        login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    st.setObject(i + 1, values[i]);
                }
                st.executeUpdate();
            }
            return null;
        });
    }
}
