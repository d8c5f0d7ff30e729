package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.RemotePost;

/** What each site holds, in SQLite. */
public final class SqliteSiteHoldingsStore implements SiteHoldingsStore {
    private final Database db;
    private final Clock clock;

    public SqliteSiteHoldingsStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<RemoteMedia> media(long siteId, String sha256) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT remote_id, source_url FROM remote_media WHERE site_id = ? AND sha256 = ?")) {
                st.setLong(1, siteId);
                st.setString(2, sha256);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(new RemoteMedia(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        });
    }

    @Override
    public void rememberMedia(long siteId, String sha256, String remoteId, String sourceUrl) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO remote_media (site_id, sha256, remote_id, source_url) VALUES (?, ?, ?, ?)
                    ON CONFLICT (site_id, sha256) DO UPDATE SET remote_id = excluded.remote_id, source_url = excluded.source_url""")) {
                st.setLong(1, siteId);
                st.setString(2, sha256);
                st.setString(3, remoteId);
                st.setString(4, sourceUrl == null ? "" : sourceUrl);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<RemotePost> post(long siteId, long articleId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT r.*, s.name AS site_name FROM remote_posts r JOIN sites s ON s.id = r.site_id
                     WHERE r.site_id = ? AND r.article_id = ?""")) {
                st.setLong(1, siteId);
                st.setLong(2, articleId);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(OutboxRows.post(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<RemotePost> posts(long articleId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT r.*, s.name AS site_name FROM remote_posts r JOIN sites s ON s.id = r.site_id
                     WHERE r.article_id = ? ORDER BY s.name""")) {
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
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO remote_posts (site_id, article_id, remote_id, link, pushed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (site_id, article_id) DO UPDATE
                       SET remote_id = excluded.remote_id, link = excluded.link, updated_at = excluded.updated_at""")) {
                long now = clock.millis();
                st.setLong(1, siteId);
                st.setLong(2, articleId);
                st.setString(3, remoteId);
                st.setString(4, link == null ? "" : link);
                st.setLong(5, now);
                st.setLong(6, now);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Duration> unansweredCreate(long siteId, String slug) {
        return db.read(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("SELECT sent_at FROM unanswered_creates WHERE site_id = ? AND slug = ?")) {
                st.setLong(1, siteId);
                st.setString(2, slug);
                ResultSet rs = st.executeQuery();
                return rs.next()
                        ? Optional.of(Duration.ofMillis(Math.max(0, clock.millis() - rs.getLong(1))))
                        : Optional.<Duration>empty();
            }
        });
    }

    @Override
    public void creating(long siteId, String slug) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO unanswered_creates (site_id, slug, sent_at) VALUES (?, ?, ?)
                    ON CONFLICT (site_id, slug) DO UPDATE SET sent_at = excluded.sent_at""")) {
                st.setLong(1, siteId);
                st.setString(2, slug);
                st.setLong(3, clock.millis());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void createAnswered(long siteId, String slug) {
        db.write(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("DELETE FROM unanswered_creates WHERE site_id = ? AND slug = ?")) {
                st.setLong(1, siteId);
                st.setString(2, slug);
                st.executeUpdate();
            }
            return null;
        });
    }
}
