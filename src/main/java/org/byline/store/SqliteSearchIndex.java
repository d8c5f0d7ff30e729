package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.SearchHit;

/**
 * The full-text index of the articles in SQLite: an FTS5 table of the bigrams of the headline and
 * body ({@link SearchGrams}), written in the transaction that writes the article.
 */
public final class SqliteSearchIndex implements SearchIndex {
    /** The ids of the articles the index matches; {@code ?} is a {@link SearchGrams#query}. */
    static final String MATCHING_IDS = "SELECT rowid FROM article_search WHERE article_search MATCH ?";

    private final Database db;

    public SqliteSearchIndex(Database db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(String typed, int limit) {
        String match = SearchGrams.query(typed);
        if (match == null) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT a.id, a.headline
                      FROM article_search
                      JOIN articles a ON a.id = article_search.rowid
                     WHERE article_search MATCH ?
                     ORDER BY bm25(article_search, 4.0, 1.0), a.updated_at DESC
                     LIMIT ?""")) {
                st.setString(1, match);
                st.setInt(2, limit);
                ResultSet rs = st.executeQuery();
                List<SearchHit> hits = new ArrayList<>();
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getLong(1), rs.getString(2)));
                }
                return hits;
            }
        });
    }

    @Override
    public int countContainingByScan(String typed) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM articles WHERE instr(headline, ?) > 0 OR instr(body, ?) > 0")) {
                String term = Text.nfc(typed);
                st.setString(1, term);
                st.setString(2, term);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Writes the article's words into the index anew, in the caller's transaction (the one that writes the article). */
    static void index(Connection c, long id, ArticleContent content) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO article_search (rowid, headline, body) VALUES (?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, SearchGrams.index(content.headline() + " " + content.subheadline()));
            st.setString(3, SearchGrams.index(content.body() + " " + String.join(" ", content.tags())));
            st.executeUpdate();
        }
    }
}
