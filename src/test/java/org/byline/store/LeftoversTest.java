package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs leave is gone at the next open; what is fresh, in use or a user's own stays. */
class LeftoversTest {
    @TempDir
    Path dir;

    @Test
    void openingTheStore_sweepsKilledRunsWorkFilesAndOldOrphans_butKeepsFreshOnesUsedOriginalsAndUsersFiles()
            throws Exception {
        String used = "ab" + "1".repeat(62);
        try (Database db = Database.open(dir)) {
            Article article = new SqliteArticleStore(db, Clock.systemUTC())
                    .create(
                            new ArticleContent("사진 기사", "", "사회", List.of(), ""),
                            new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", ""));
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO photos(article_id, position, sha256, original_name, media_type, width, height, created_at) "
                                + "VALUES (?, 1, ?, '시장.jpg', 'image/jpeg', 300, 200, 0)")) {
                    ps.setLong(1, article.id());
                    ps.setString(2, used);
                    return ps.executeUpdate();
                }
            });
        }
        Instant beforeThisRun = Leftovers.processStart().minus(Duration.ofMinutes(5));
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        Path snapshot = old(dir.resolve("backups/.snapshot-8123456.db"), beforeThisRun);
        Path partial = old(dir.resolve("backups/byline-backup-20261201-090000.zip.partial"), beforeThisRun);
        Path restoring = old(dir.resolve(".restore-5551234/byline.db"), beforeThisRun);
        Path incoming = old(dir.resolve("media/.incoming-77.tmp"), beforeThisRun);
        Path unpacking = old(dir.resolve(".imports/import-42/article.json"), beforeThisRun);
        for (Path folder : List.of(restoring.getParent(), unpacking.getParent())) {
            Files.setLastModifiedTime(folder, FileTime.from(beforeThisRun)); // a folder's time is its last entry's
        }
        Path orphan = old(dir.resolve("media/cd/cd" + "2".repeat(62)), twoHoursAgo);
        Path orphanRendition = old(dir.resolve("renditions/cd" + "2".repeat(62) + "/t.jpg"), twoHoursAgo);
        // alone with the store, an original of a killed attach goes however fresh, and so does a half rendition
        Path killedAttach = old(dir.resolve("media/12/12" + "4".repeat(62)), beforeThisRun);
        Path halfRendition = old(dir.resolve("renditions/" + used + "/.thumbnail-991.tmp"), beforeThisRun);
        // what must stay: an original copied in after this run started may be another's attach under way
        Path freshOrphan =
                old(dir.resolve("media/ef/ef" + "3".repeat(62)), Instant.now().plus(Duration.ofSeconds(1)));
        Path usedRendition = old(dir.resolve("renditions/" + used + "/thumbnail.jpg"), beforeThisRun);
        Path usedOriginal = old(dir.resolve("media/ab/" + used), twoHoursAgo);
        Path freshPartial = old(
                dir.resolve("backups/byline-backup-20261203-090000.zip.partial"),
                Instant.now().plus(Duration.ofMinutes(1)));
        Path usersNotes = old(dir.resolve("backups/취재 메모.txt"), beforeThisRun);
        Path usersPicture = old(dir.resolve("media/cd/휴가.jpg"), twoHoursAgo);
        Path backup = old(dir.resolve("backups/byline-backup-20261201-080000.zip"), beforeThisRun);

        try (Database db = Database.open(dir)) {
            assertThat(List.of(
                            snapshot,
                            partial,
                            restoring.getParent(),
                            incoming,
                            unpacking.getParent(),
                            orphan,
                            orphanRendition.getParent(),
                            killedAttach,
                            halfRendition))
                    .allSatisfy(p -> assertThat(p).doesNotExist());
            assertThat(List.of(
                            freshOrphan, usedOriginal, usedRendition, freshPartial, usersNotes, usersPicture, backup))
                    .allSatisfy(p -> assertThat(p).exists());
        }
    }

    @Test
    void whileAnotherByline_hasTheStoreOpen_itsWorkFilesAreLeftAlone() throws Exception {
        Path snapshot;
        try (Database first = Database.open(dir)) {
            snapshot = old(
                    dir.resolve("backups/.snapshot-8123456.db"),
                    Leftovers.processStart().minus(Duration.ofMinutes(5)));
            Path copiedIn = old(
                    dir.resolve("media/12/12" + "4".repeat(62)),
                    Leftovers.processStart().minus(Duration.ofMinutes(5)));
            try (Database second = Database.open(dir)) {
                assertThat(snapshot)
                        .as("perhaps the first one's backup, under way")
                        .exists();
                assertThat(copiedIn)
                        .as("perhaps the first one's attach, not yet committed")
                        .exists();
            }
        }
    }

    private static Path old(Path file, Instant modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
