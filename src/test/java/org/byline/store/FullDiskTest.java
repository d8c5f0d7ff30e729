package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A disk that fills while a save is written: the reporter is told the disk is full, not what the rollback said. */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aSaveThatFillsTheDisk_isReportedAsAFullDisk_andTheStoredArticleStaysAsItWas() {
        try (Database db = Database.open(dir)) {
            ArticleStore articles = new SqliteArticleStore(db, Clock.systemUTC());
            Person hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
            Article article = articles.create(new ArticleContent("짧은 기사", "", "사회", List.of(), "첫 문단."), hong);
            // SQLite's own way to make a disk "full": the writing connection may not grow the file any further
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + pageCount(c));
                }
                return null;
            });

            assertThatThrownBy(() ->
                            articles.save(article.id(), 1, article.content().withBody("구청장 기자회견 문단. ".repeat(200_000))))
                    .isInstanceOfSatisfying(
                            NewsroomException.class,
                            e -> assertThat(describe(e)).isEqualTo("디스크가 가득 차서 저장할 수 없습니다."));
            assertThat(articles.find(article.id()).orElseThrow().content().body())
                    .isEqualTo("첫 문단.");
        }
    }

    /**
     * On a disk that is really full SQLite often rolls the whole transaction back itself (the
     * write that failed was the journal's); the ROLLBACK Byline then sends fails too, and that
     * second failure ("cannot rollback - no transaction is active") must not hide the first.
     */
    @Test
    void whenSqliteHasAlreadyRolledBack_theFullDiskIsStillWhatTheReporterIsTold() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.write(c -> {
                        try (Statement st = c.createStatement()) {
                            st.execute("INSERT INTO settings(key, value) VALUES ('outlet.name', 'TV서울')");
                            st.execute("ROLLBACK"); // what SQLite does by itself after SQLITE_FULL in the journal
                        }
                        throw new SQLiteException(
                                "[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
                    }))
                    .isInstanceOfSatisfying(NewsroomException.class, e -> {
                        assertThat(describe(e)).isEqualTo("디스크가 가득 차서 저장할 수 없습니다.");
                        assertThat(e.getCause().getSuppressed())
                                .extracting(Throwable::getMessage)
                                .anyMatch(m -> m.contains("no transaction is active"));
                    });
            assertThat(new SqliteSettingsStore(db).get("outlet.name")).isEmpty();
        }
    }

    private static String describe(Throwable e) {
        return new Messages(Locale.KOREAN).describe(e);
    }

    private static long pageCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
