package org.byline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.byline.domain.Article;

/**
 * An article's photos on their way to the newsroom server, for {@link NewsroomSending}: sent as a
 * whole set, their originals content-addressed so each goes once.
 */
final class PhotoSets {
    private PhotoSets() {}

    /**
     * The article's photos as a whole set, as they are here now: originals the server lacks go
     * first (content-addressed, so each once), then the set replaces the server's. Returns null:
     * photos take the article a new change number, not a new version.
     */
    static Long send(Connection server, NewsroomCopy copy, Article local) throws SQLException {
        return send(server, copy.database(), copy.media(), local.id(), local.id());
    }

    /**
     * The photos of article {@code localId} of {@code store} as the set of the server's article
     * {@code serverId} (the same number on a newsroom copy; the newsroom's new one at a move-in).
     */
    static Long send(Connection server, Database store, MediaFiles media, long localId, long serverId)
            throws SQLException {
        List<Object[]> set = store.read(c -> NewsroomRows.localPhotos(c, localId));
        for (Object[] p : set) {
            String sha = (String) p[1];
            try (PreparedStatement has = server.prepareStatement("SELECT 1 FROM photo_originals WHERE sha256 = ?")) {
                has.setString(1, sha);
                if (has.executeQuery().next()) {
                    continue;
                }
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(media.original(sha));
            } catch (IOException e) {
                throw new SQLException("the original of a photo of article " + localId + " is gone here", "58P01", e);
            }
            try (PreparedStatement st = server.prepareStatement(
                    "INSERT INTO photo_originals (sha256, bytes, media_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                st.setString(1, sha);
                st.setBytes(2, bytes);
                st.setString(3, (String) p[3]);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = server.prepareStatement("DELETE FROM photos WHERE article_id = ?")) {
            st.setLong(1, serverId);
            st.executeUpdate();
        }
        try (PreparedStatement st = server.prepareStatement("""
                INSERT INTO photos (article_id, position, sha256, original_name, media_type, width, height,
                                    orientation, caption, credit, alt, byline, copyright, captured_at, lead, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object[] p : set) {
                st.setLong(1, serverId);
                st.setInt(2, ((Number) p[0]).intValue());
                for (int i = 1; i <= 3; i++) {
                    st.setString(2 + i, (String) p[i]);
                }
                for (int i = 4; i <= 6; i++) {
                    st.setInt(2 + i, ((Number) p[i]).intValue());
                }
                for (int i = 7; i <= 11; i++) {
                    st.setString(2 + i, (String) p[i]);
                }
                st.setTimestamp(14, p[12] == null ? null : new Timestamp(((Number) p[12]).longValue()));
                st.setBoolean(15, ((Number) p[13]).intValue() == 1);
                st.setTimestamp(16, new Timestamp(((Number) p[14]).longValue()));
                st.addBatch();
            }
            st.executeBatch();
        }
        return null;
    }
}
