package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.byline.domain.NewsroomException;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;

/** {@link PhotoStore} in SQLite. */
public final class SqlitePhotoStore implements PhotoStore {
    private static final String SELECT_PHOTO = """
            SELECT id, article_id, position, sha256, original_name, media_type, width, height, orientation,
                   caption, credit, alt, byline, copyright, captured_at, lead
              FROM photos
            """;

    private final Database db;
    private final Clock clock;

    public SqlitePhotoStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean articleExists(long articleId) {
        return db.read(c -> articleExists(c, articleId));
    }

    @Override
    public List<Photo> ofArticle(long articleId) {
        return db.read(c -> ofArticle(c, articleId));
    }

    @Override
    public Optional<Photo> find(long photoId) {
        return db.read(c -> find(c, photoId));
    }

    @Override
    public List<Photo> append(long articleId, List<Photo> photos, boolean lead) {
        return db.write(c -> {
            if (!articleExists(c, articleId)) {
                throw new NewsroomException("error.unknownArticle", articleId);
            }
            List<Photo> existing = ofArticle(c, articleId);
            boolean makeLead = lead || existing.stream().noneMatch(Photo::lead);
            if (makeLead && !photos.isEmpty()) {
                clearLead(c, articleId);
            }
            int position =
                    existing.isEmpty() ? 0 : existing.get(existing.size() - 1).position();
            return insertAll(c, articleId, position, photos, makeLead, clock.millis());
        });
    }

    /** Inserts {@code photos} after position {@code after}, the first as the lead when asked, inside the caller's transaction. */
    static List<Photo> insertAll(Connection c, long articleId, int after, List<Photo> photos, boolean lead, long now)
            throws SQLException {
        return insertAll(c, articleId, after, photos, lead ? 0 : -1, now);
    }

    /** @param lead the index of the photo that becomes the lead, -1 for none */
    static List<Photo> insertAll(Connection c, long articleId, int after, List<Photo> photos, int lead, long now)
            throws SQLException {
        int position = after;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            ids.add(insert(c, articleId, ++position, photos.get(i), i == lead, now));
        }
        List<Photo> stored = new ArrayList<>();
        for (long id : ids) {
            stored.add(find(c, id).orElseThrow());
        }
        return stored;
    }

    @Override
    public Photo update(long photoId, PhotoDetails details) {
        return db.write(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("UPDATE photos SET caption = ?, credit = ?, alt = ? WHERE id = ?")) {
                st.setString(1, Text.nfc(details.caption()));
                st.setString(2, Text.nfc(details.credit()));
                st.setString(3, Text.nfc(details.alt()));
                st.setLong(4, photoId);
                if (st.executeUpdate() == 0) {
                    throw new NewsroomException("error.photo.unknown", photoId);
                }
            }
            return find(c, photoId).orElseThrow();
        });
    }

    @Override
    public void makeLead(long photoId) {
        db.write(c -> {
            Photo photo = find(c, photoId).orElseThrow(() -> new NewsroomException("error.photo.unknown", photoId));
            clearLead(c, photo.articleId());
            setLead(c, photoId);
            return null;
        });
    }

    @Override
    public void reorder(long articleId, List<Long> photoIdsInOrder) {
        db.write(c -> {
            if (!articleExists(c, articleId)) {
                throw new NewsroomException("error.unknownArticle", articleId);
            }
            List<Long> current = ofArticle(c, articleId).stream().map(Photo::id).toList();
            Set<Long> asked = new HashSet<>(photoIdsInOrder);
            if (photoIdsInOrder.size() != current.size()
                    || asked.size() != current.size()
                    || !asked.containsAll(current)) {
                throw new NewsroomException(
                        "error.photo.badOrder",
                        articleId,
                        current.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            // positions are unique per article: move them all out of the way first, then into place
            try (PreparedStatement away =
                    c.prepareStatement("UPDATE photos SET position = -position WHERE article_id = ?")) {
                away.setLong(1, articleId);
                away.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE photos SET position = ? WHERE id = ?")) {
                for (int i = 0; i < photoIdsInOrder.size(); i++) {
                    st.setInt(1, i + 1);
                    st.setLong(2, photoIdsInOrder.get(i));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public String remove(long articleId, long photoId) {
        return db.write(c -> {
            Photo photo = find(c, photoId).orElseThrow(() -> new NewsroomException("error.photo.unknown", photoId));
            if (photo.articleId() != articleId) {
                throw new NewsroomException("error.photo.notOfArticle", articleId, photoId);
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM photos WHERE id = ?")) {
                del.setLong(1, photoId);
                del.executeUpdate();
            }
            List<Photo> rest = ofArticle(c, articleId);
            try (PreparedStatement st = c.prepareStatement("UPDATE photos SET position = ? WHERE id = ?")) {
                // rest is in ascending order, so each photo moves into a place already freed
                for (int i = 0; i < rest.size(); i++) {
                    if (rest.get(i).position() != i + 1) {
                        st.setInt(1, i + 1);
                        st.setLong(2, rest.get(i).id());
                        st.executeUpdate();
                    }
                }
            }
            if (photo.lead() && !rest.isEmpty()) {
                setLead(c, rest.get(0).id());
            }
            return photo.sha256();
        });
    }

    @Override
    public boolean isUsed(String sha256) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM photos WHERE sha256 = ? LIMIT 1")) {
                st.setString(1, sha256);
                return st.executeQuery().next();
            }
        });
    }

    private static long insert(Connection c, long articleId, int position, Photo p, boolean lead, long now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO photos (article_id, position, sha256, original_name, media_type, width, height, orientation,
                                    caption, credit, alt, byline, copyright, captured_at, lead, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setLong(1, articleId);
            st.setInt(2, position);
            st.setString(3, p.sha256());
            st.setString(4, Text.nfc(p.originalName()));
            st.setString(5, p.mediaType());
            st.setInt(6, p.width());
            st.setInt(7, p.height());
            st.setInt(8, p.orientation());
            st.setString(9, Text.nfc(p.caption()));
            st.setString(10, Text.nfc(p.credit()));
            st.setString(11, Text.nfc(p.alt()));
            st.setString(12, Text.nfc(p.byline()));
            st.setString(13, Text.nfc(p.copyright()));
            Rows.setInstant(st, 14, p.capturedAt());
            st.setInt(15, lead ? 1 : 0);
            st.setLong(16, now);
            st.executeUpdate();
        }
        return Rows.lastId(c);
    }

    private static boolean articleExists(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            st.setLong(1, articleId);
            return st.executeQuery().next();
        }
    }

    private static List<Photo> ofArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_PHOTO + " WHERE article_id = ? ORDER BY position")) {
            st.setLong(1, articleId);
            ResultSet rs = st.executeQuery();
            List<Photo> photos = new ArrayList<>();
            while (rs.next()) {
                photos.add(photo(rs));
            }
            return photos;
        }
    }

    private static Optional<Photo> find(Connection c, long photoId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_PHOTO + " WHERE id = ?")) {
            st.setLong(1, photoId);
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(photo(rs)) : Optional.empty();
        }
    }

    private static void clearLead(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("UPDATE photos SET lead = 0 WHERE article_id = ? AND lead = 1")) {
            st.setLong(1, articleId);
            st.executeUpdate();
        }
    }

    private static void setLead(Connection c, long photoId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE photos SET lead = 1 WHERE id = ?")) {
            st.setLong(1, photoId);
            st.executeUpdate();
        }
    }

    private static Photo photo(ResultSet rs) throws SQLException {
        return new Photo(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getInt("position"),
                rs.getString("sha256"),
                rs.getString("original_name"),
                rs.getString("media_type"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getInt("orientation"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getString("alt"),
                rs.getString("byline"),
                rs.getString("copyright"),
                Rows.instant(rs, "captured_at"),
                rs.getInt("lead") == 1);
    }
}
