package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.byline.app.Context;
import org.byline.cli.Cli;
import org.byline.cli.GlobalOptions;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.QueueFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @Test
    void aBackupTakenWhileWorking_restoresEveryArticleAndPhoto_andKeepsTheReplacedStore() throws Exception {
        Path backup;
        long photographed;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "hong@tvseoul.kr");
            photographed = c.drafting().create(new ArticleContent("사진 기사", "", "포토", List.of("시장"), "본문"), hong).id();
            c.drafting().create(new ArticleContent("둘째 기사", "", "사회", List.of(), "구청장회의 소식"), hong);
            Path jpeg = elsewhere.resolve("시장.jpg");
            ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());
            c.photos().attach(photographed, List.of(jpeg), new PhotoDetails("시장 풍경", "사진=한빛구청", ""), true);

            backup = c.backups().backUp(null);
            assertThat(backup.getFileName().toString()).matches("byline-backup-\\d{8}-\\d{6}\\.zip");
            assertThat(c.backups().existing()).containsExactly(backup);

            c.drafting().create(new ArticleContent("백업 뒤에 쓴 기사", "", "사회", List.of(), "사라질 글"), hong);
        }
        // the photo originals are gone too, as after a broken disk
        deleteTree(dir.resolve("media"));

        Backups.restore(backup, dir, Clock.systemUTC());

        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(2);
            assertThat(c.search().find("구청장회의")).extracting(h -> h.headline()).containsExactly("둘째 기사");
            var photos = c.photos().photos(photographed);
            assertThat(photos).extracting(p -> p.caption()).containsExactly("시장 풍경");
            assertThat(c.photos().original(photos.get(0))).exists();
            assertThat(c.photos().rendition(photos.get(0), org.byline.domain.Rendition.THUMBNAIL)).exists();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("byline.db.before-restore-"));
        }
    }

    @Test
    void aFileThatIsNotABackup_isRefused_andTheStoreStaysAsItWas() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            c.staff().addReporter("홍길동", "");
        }
        Path notABackup = Files.writeString(elsewhere.resolve("memo.zip"), "이것은 백업이 아니다");
        assertThatThrownBy(() -> Backups.restore(notABackup, dir, Clock.systemUTC()))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.backupNotAnArchive");
        assertThatThrownBy(() -> Backups.restore(elsewhere.resolve("없음.zip"), dir, Clock.systemUTC()))
                .hasFieldOrPropertyWithValue("key", "error.backupMissing");
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.staff().all()).extracting(Person::name).containsExactly("홍길동");
        }
    }

    @Test
    void onTheCommandLine_backupPrintsTheArchive_andRestoreBringsItBack() throws Exception {
        String archive = run("--data-dir", dir.toString(), "people", "add", "홍길동").err().isEmpty()
                ? run("--data-dir", dir.toString(), "backup", "--to", elsewhere.toString()).out().strip() : "";
        assertThat(Path.of(archive)).exists().hasParent(elsewhere);
        run("--data-dir", dir.toString(), "new", "--headline", "나중 기사", "--as", "홍길동");

        Result restored = run("--data-dir", dir.toString(), "restore", archive);

        assertThat(restored.exit()).isZero();
        assertThat(restored.err()).contains("복원했습니다").contains("기사 0건");
        assertThat(run("--data-dir", dir.toString(), "list").out()).doesNotContain("나중 기사");
        Result refused = run("--data-dir", dir.toString(), "restore", elsewhere.resolve("없음.zip").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().lines()).hasSize(1);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        GlobalOptions options = new GlobalOptions(Map.of(), Locale.KOREAN);
        try (Cli cli = new Cli(options, o -> new Context(o.dataDirectory(), o.locale()), new PrintWriter(out, true), new PrintWriter(err, true))) {
            int exit = cli.execute(args);
            return new Result(exit, out.toString(), err.toString());
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
