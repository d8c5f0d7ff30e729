package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When another program holds the store, or the store cannot be written, the reporter is told so. */
class LockedStoreTest {
    private static final ArticleContent DRAFT =
            new ArticleContent("폭우 대비 배수로 점검", "", "사회", List.of(), "구청이 장마를 앞두고 배수로를 점검했다.");

    @TempDir
    Path dir;

    @Test
    void save_isRefusedAsLocked_whileAnotherProgramHoldsTheWriteLock_andWorksOnceItLetsGo() throws Exception {
        try (Database db = Database.open(dir)) {
            ArticleStore articles = new SqliteArticleStore(db, Clock.systemUTC());
            Person hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
            Article article = articles.create(DRAFT, hong);

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                    Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");

                // waits for SQLite's busy timeout (5 s) before giving up
                assertThatThrownBy(() -> articles.save(article.id(), 1, DRAFT.withHeadline("잠긴 동안 고친 제목")))
                        .isInstanceOfSatisfying(
                                NewsroomException.class,
                                e -> assertThat(e.key()).isEqualTo("error.databaseLocked"));
                assertThat(articles.find(article.id()).orElseThrow().content().headline())
                        .as("reading goes on while another program writes")
                        .isEqualTo("폭우 대비 배수로 점검");

                st.execute("ROLLBACK");
            }

            Article saved = articles.save(article.id(), 1, DRAFT.withHeadline("잠금이 풀린 뒤 고친 제목"));
            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.content().headline()).isEqualTo("잠금이 풀린 뒤 고친 제목");
        }
    }

    @Test
    void draftWithoutSection_isSaved_onceABriefLockByAnotherProgramIsReleased() throws Exception {
        assertThat(saveWhileAnotherProgramWritesForASecond(DRAFT.withSection("")))
                .isEqualTo(2);
    }

    @Test
    void draftWithSection_isSaved_onceABriefLockByAnotherProgramIsReleased() throws Exception {
        assertThat(saveWhileAnotherProgramWritesForASecond(DRAFT)).isEqualTo(2);
    }

    /** Another program holds the write lock for about a second, well inside the 5 s busy timeout. */
    private long saveWhileAnotherProgramWritesForASecond(ArticleContent content) throws Exception {
        try (Database db = Database.open(dir)) {
            ArticleStore articles = new SqliteArticleStore(db, Clock.systemUTC());
            Article article = articles.create(content, new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", ""));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                    Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                Thread releaser = new Thread(() -> {
                    try {
                        Thread.sleep(1_000);
                        st.execute("COMMIT");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                releaser.start();
                try {
                    return articles.save(article.id(), 1, content.withHeadline("기다렸다 저장한 제목"))
                            .version();
                } finally {
                    releaser.join();
                }
            }
        }
    }

    /**
     * Skipped when the test runs as root: root may write a file whatever its permission bits say,
     * so such a store is not read-only for it and opening succeeds.
     */
    @Test
    void aStoreFileWithoutWritePermission_isRefusedAsReadOnly() throws Exception {
        try (Database db = Database.open(dir)) {
            new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
        }
        Path file = dir.resolve(Database.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(Files.isWritable(file), "the file is still writable for this user (root)");

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.databaseReadOnly"));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Skipped as root, for whom no folder is read-only. */
    @Test
    void aDataFolderWithoutWritePermission_isRefusedAsReadOnly() throws Exception {
        try (Database db = Database.open(dir)) {
            new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
        }
        Files.delete(dir.resolve("byline.lock"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "the folder is still writable for this user (root)");

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.databaseReadOnly"));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void asRoot_aStoreFileWithoutWritePermission_canStillBeWritten() throws Exception {
        try (Database db = Database.open(dir)) {
            new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
        }
        Path file = dir.resolve(Database.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Assumptions.assumeTrue(Files.isWritable(file), "only root ignores the permission bits");

            try (Database db = Database.open(dir)) {
                Person kim = new SqlitePeopleStore(db, Clock.systemUTC()).add("김철수", "kim@tvseoul.kr");
                assertThat(new SqliteArticleStore(db, Clock.systemUTC())
                                .create(DRAFT, kim)
                                .version())
                        .isEqualTo(1);
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
