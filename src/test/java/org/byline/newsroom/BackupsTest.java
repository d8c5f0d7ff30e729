package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.byline.app.Context;
import org.byline.cli.Cli;
import org.byline.cli.GlobalOptions;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.QueueFilter;
import org.byline.domain.Rendition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @Test
    void whatAKilledBackupLeftInAChosenFolder_isSweptByTheNextBackupThere_andARunningOnesFilesStay() throws Exception {
        Process gone = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        gone.waitFor();
        Path killedSnapshot = Files.writeString(elsewhere.resolve(".snapshot-byline" + gone.pid() + "-81.db"), "x");
        Path killedJournal =
                Files.writeString(elsewhere.resolve(".snapshot-byline" + gone.pid() + "-81.db-journal"), "x");
        Path killedZip = Files.writeString(
                elsewhere.resolve("byline-backup-20261201-090000.zip-byline" + gone.pid() + ".partial"), "x");
        long alive = ProcessHandle.current().pid(); // stands in for another Byline backing up right now
        Path running = Files.writeString(
                elsewhere.resolve("byline-backup-20261203-090000.zip-byline" + alive + ".partial"), "x");
        Path usersFile = Files.writeString(elsewhere.resolve(".snapshot-notes.db"), "mine");
        try (Context c = new Context(dir, Locale.KOREAN)) {
            c.staff().addReporter("홍길동", "hong@tvseoul.kr");
            c.backups().backUp(elsewhere);
        }
        assertThat(List.of(killedSnapshot, killedJournal, killedZip))
                .allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(List.of(running, usersFile)).allSatisfy(p -> assertThat(p).exists());
    }

    @Test
    void aBackupTakenWhileWorking_restoresEveryArticleAndPhoto_andKeepsTheReplacedStore() throws Exception {
        Path backup;
        long photographed;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "hong@tvseoul.kr");
            photographed = c.drafting()
                    .create(new ArticleContent("사진 기사", "", "포토", List.of("시장"), "본문"), hong)
                    .id();
            c.drafting().create(new ArticleContent("둘째 기사", "", "사회", List.of(), "구청장회의 소식"), hong);
            Path jpeg = elsewhere.resolve("시장.jpg");
            ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());
            c.photos().attach(photographed, List.of(jpeg), new PhotoDetails("시장 풍경", "사진=한빛구청", ""), true);

            backup = c.backups().backUp(null).archive();
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
            assertThat(c.photos().rendition(photos.get(0), Rendition.THUMBNAIL)).exists();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("byline.db.before-restore-"));
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
        String archive =
                run("--data-dir", dir.toString(), "people", "add", "홍길동").err().isEmpty()
                        ? run("--data-dir", dir.toString(), "backup", "--to", elsewhere.toString())
                                .out()
                                .strip()
                        : "";
        assertThat(Path.of(archive)).exists().hasParent(elsewhere);
        run("--data-dir", dir.toString(), "new", "--headline", "나중 기사", "--as", "홍길동");

        Result restored = run("--data-dir", dir.toString(), "restore", archive);

        assertThat(restored.exit()).isZero();
        assertThat(restored.err()).contains("복원했습니다").contains("기사 0건");
        assertThat(run("--data-dir", dir.toString(), "list").out()).doesNotContain("나중 기사");
        Result refused = run(
                "--data-dir",
                dir.toString(),
                "restore",
                elsewhere.resolve("없음.zip").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().lines()).hasSize(1);
    }

    @Test
    void aBackupWithoutPhotoOriginals_isWrittenAsIncomplete_namesTheMissingPhotos_andExitsOne() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "");
            long id = c.drafting()
                    .create(new ArticleContent("사진 기사", "", "포토", List.of(), "본문"), hong)
                    .id();
            for (String name : List.of("시장.jpg", "구청.jpg")) {
                Path jpeg = elsewhere.resolve(name);
                ImageIO.write(
                        new BufferedImage(300, name.startsWith("시") ? 200 : 220, BufferedImage.TYPE_INT_RGB),
                        "jpg",
                        jpeg.toFile());
                c.photos().attach(id, List.of(jpeg), PhotoDetails.NONE, false);
            }
        }
        deleteTree(dir.resolve("media")); // a disk cleaner, a bad sync: the originals are gone

        Result backup = run(
                "--data-dir",
                dir.toString(),
                "backup",
                "--to",
                elsewhere.resolve("backups").toString());

        assertThat(backup.exit()).isEqualTo(1);
        Path archive = Path.of(backup.out().strip());
        assertThat(archive).exists();
        assertThat(archive.getFileName().toString()).matches("byline-backup-\\d{8}-\\d{6}-incomplete\\.zip");
        assertThat(backup.err())
                .isEqualTo("byline: 백업이 완전하지 않습니다: 사진 2장의 원본이 데이터 폴더에 없어 (구청.jpg, 시장.jpg) "
                        + "이 백업으로는 되살릴 수 없습니다. 나머지는 모두 " + archive + " 에 있습니다. 그 사진들을 다시 붙이거나 더 오래된 백업에서 되살리세요.\n");
    }

    @Test
    void aRestore_namesWhereTheReplacedStoreWasKept() throws Exception {
        run("--data-dir", dir.toString(), "people", "add", "홍길동");
        String archive = run("--data-dir", dir.toString(), "backup", "--to", elsewhere.toString())
                .out()
                .strip();

        Result restored = run("--data-dir", dir.toString(), "restore", archive);

        assertThat(restored.exit()).isZero();
        try (var files = Files.list(dir)) {
            Path kept = files.filter(
                            p -> p.getFileName().toString().matches("byline\\.db\\.before-restore-\\d{8}-\\d{6}"))
                    .findFirst()
                    .orElseThrow();
            assertThat(restored.err())
                    .isEqualTo(
                            "복원했습니다: " + dir.resolve("byline.db") + " (기사 0건). 바뀌기 전 저장소는 " + kept + " 로 남겨 두었습니다.\n");
        }
    }

    @Test
    void aBackupWhoseStoreIsGarbage_isRefused_andTheDataFolderStaysAsItWas() throws Exception {
        refusedUnchanged(
                hostile(
                        "garbage-store.zip",
                        Map.of("byline.db", "이것은 데이터베이스가 아니다".repeat(100).getBytes())),
                "error.backup.storeDamaged",
                "손상되었습니다");
    }

    @Test
    void aBackupHoldingAnotherProgramsSqliteFile_isRefused() throws Exception {
        Path other = elsewhere.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE contacts(name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('홍길동')");
        }
        refusedUnchanged(
                hostile("another-programs-sqlite.zip", Map.of("byline.db", Files.readAllBytes(other))),
                "error.backup.notAStore",
                "바이라인 저장소가 아닙니다");
    }

    @Test
    void aBackupWhoseStoreIsDamaged_isRefused() throws Exception {
        byte[] store = realStore();
        // overwrite every page after the first two with noise: the header still says SQLite
        Random noise = new Random(7);
        for (int i = 8192; i < store.length; i++) {
            store[i] = (byte) noise.nextInt();
        }
        refusedUnchanged(
                hostile("damaged-store.zip", Map.of("byline.db", store)), "error.backup.storeDamaged", "더 오래된 백업");
    }

    @Test
    void aBackupFromANewerByline_isRefused() throws Exception {
        Path newer = elsewhere.resolve("newer.db");
        Files.write(newer, realStore());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer);
                var st = c.createStatement()) {
            st.execute(
                    "INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, installed_by, execution_time, success) "
                            + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'byline', 1, 1)");
        }
        refusedUnchanged(
                hostile("newer-byline.zip", Map.of("byline.db", Files.readAllBytes(newer))),
                "error.backup.newer",
                "더 새 바이라인");
    }

    @Test
    void aBackupWhosePhotoDoesNotMatchItsName_isRefused() throws Exception {
        String sha = "ab" + "0".repeat(62);
        refusedUnchanged(
                hostile(
                        "photo-not-its-sha.zip",
                        Map.of("byline.db", realStore(), "media/ab/" + sha, "가짜 사진".getBytes())),
                "error.backup.photoDamaged",
                "media/ab/" + sha);
    }

    @Test
    void aBackupWithAnEntryOutsideTheFolder_orOneByteline_neverWrote_isRefused() throws Exception {
        refusedUnchanged(
                hostile("escaping-entry.zip", Map.of("byline.db", realStore(), "../../evil.sh", "rm -rf ~".getBytes())),
                "error.backup.unsafeEntry",
                "../../evil.sh");
        refusedUnchanged(
                hostile("absolute-entry.zip", Map.of("byline.db", realStore(), "/tmp/evil.sh", "rm -rf ~".getBytes())),
                "error.backup.unsafeEntry",
                "/tmp/evil.sh");
        refusedUnchanged(
                hostile("stranger-entry.zip", Map.of("byline.db", realStore(), "style-rules.json", "{}".getBytes())),
                "error.backup.unexpectedEntry",
                "style-rules.json");
    }

    @Test
    void aBackupHoldingTheStoreTwice_isRefused() throws Exception {
        // the JDK will not write one name twice: write two names of one length, then make them one
        Path zip = hostile("duplicate-store.zip", Map.of("byline.db", realStore(), "byline.dz", "나중에 온 가짜".getBytes()));
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("byline.dz", "byline.db");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));
        refusedUnchanged(zip, "error.backup.duplicateEntry", "두 번");
    }

    @Test
    void aTruncatedBackup_isRefusedAsDamagedOrIncomplete() throws Exception {
        byte[] whole = Files.readAllBytes(hostile("whole.zip", Map.of("byline.db", realStore())));
        Path cut = Files.write(elsewhere.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        refusedUnchanged(cut, "error.backup.damaged", "끝까지 받아지지 않았습니다");
    }

    /** A store as a backup holds it: the data directory's own, made by VACUUM INTO through a real backup. */
    private byte[] realStore() throws Exception {
        Path source = elsewhere.resolve("source");
        if (!Files.exists(source.resolve("byline.db"))) {
            try (Context c = new Context(source, Locale.KOREAN)) {
                c.staff().addReporter("김철수", "");
                Path zip = c.backups().backUp(elsewhere.resolve("real")).archive();
                try (var in = new ZipInputStream(Files.newInputStream(zip))) {
                    in.getNextEntry();
                    Files.write(elsewhere.resolve("real.db"), in.readAllBytes());
                }
            }
        }
        return Files.readAllBytes(elsewhere.resolve("real.db"));
    }

    /** A zip of these entries, in their order when the map is ordered, kept as a named file. */
    private Path hostile(String name, Map<String, byte[]> entries) throws Exception {
        Path zip = elsewhere.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Restoring {@code archive} is refused with {@code key}, on the command line with exit 1, and nothing in the data folder changes. */
    private void refusedUnchanged(Path archive, String key, String shown) throws Exception {
        if (!Files.exists(dir.resolve("byline.db"))) {
            try (Context c = new Context(dir, Locale.KOREAN)) {
                c.staff().addReporter("홍길동", "");
            }
            Files.createDirectories(dir.resolve("media/cd"));
            Files.writeString(dir.resolve("media/cd/" + "c".repeat(64)), "원본");
        }
        Map<String, String> before = contents(dir);

        assertThatThrownBy(() -> Backups.restore(archive, dir, Clock.systemUTC()))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo(key));
        Result refused = run("--data-dir", dir.toString(), "restore", archive.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(shown).contains("아무것도 바꾸지 않았습니다");
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(contents(dir)).isEqualTo(before);
        assertThat(Path.of("/tmp/evil.sh")).doesNotExist();
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.staff().all()).extracting(Person::name).containsExactly("홍길동");
        }
    }

    /** Every file under {@code folder} with its SHA-256 (the store's log files come and go with SQLite, the store does not). */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(f).toString();
                if (!name.endsWith("-wal") && !name.endsWith("-shm") && !name.startsWith("logs")) {
                    all.put(
                            name,
                            HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return all;
    }

    private record Result(int exit, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        GlobalOptions options = new GlobalOptions(Map.of(), Locale.KOREAN);
        try (Cli cli = new Cli(
                options,
                o -> new Context(o.dataDirectory(), o.locale()),
                new PrintWriter(out, true),
                new PrintWriter(err, true))) {
            int exit = cli.execute(args);
            return new Result(exit, out.toString(), err.toString());
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
