package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * The store file deleted (or replaced) under an open store: SQLite would go on writing into a
 * file nobody will read again, and every later save would vanish at the close. Saves are refused
 * with words instead.
 */
class StoreFileGoneTest {
    @TempDir
    Path dir;

    @Test
    void aStoreFileDeletedWhileOpen_refusesSaves_inWords() throws Exception {
        try (Database db = Database.open(dir)) {
            ArticleStore articles = new SqliteArticleStore(db, Clock.systemUTC());
            Person hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
            Article article = articles.create(new ArticleContent("기사", "", "사회", List.of(), "첫 문단."), hong);

            Files.delete(dir.resolve(Database.FILE_NAME));

            assertThatThrownBy(() ->
                            articles.save(article.id(), 1, article.content().withBody("둘째 문단.")))
                    .isInstanceOfSatisfying(NewsroomException.class, e -> {
                        assertThat(e.key()).isEqualTo("error.storeFileGone");
                        assertThat(new Messages(Locale.KOREAN).describe(e)).contains("지워졌거나", "화면에 남아");
                    });
        }
    }

    @Test
    void aStoreFileReplacedWhileOpen_refusesSavesToo() throws Exception {
        try (Database db = Database.open(dir)) {
            ArticleStore articles = new SqliteArticleStore(db, Clock.systemUTC());
            Person hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
            Article article = articles.create(new ArticleContent("기사", "", "사회", List.of(), "첫 문단."), hong);
            Path copy = Files.copy(dir.resolve(Database.FILE_NAME), dir.resolve("copy.db"));

            Files.move(copy, dir.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() ->
                            articles.save(article.id(), 1, article.content().withBody("둘째 문단.")))
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.storeFileGone"));
        }
    }
}
