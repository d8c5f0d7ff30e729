package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.QueueFilter;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.exchange.imports.TestPackages;
import org.byline.exchange.imports.TestPackages.Picture;
import org.byline.i18n.Messages;
import org.byline.imaging.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reporter imports files as drafts of their own; a file that cannot be imported leaves the store as it was. */
class ImportsTest {
    @TempDir
    Path dir;

    private Path data;
    private Path desk;
    private Context context;
    private Person hong;

    @BeforeEach
    void openStore() {
        data = dir.resolve("data");
        desk = dir.resolve("desk");
        context = new Context(data, Locale.KOREAN);
        hong = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        context.settings().set("outlet.name", "TV서울", null);
    }

    @AfterEach
    void closeStore() {
        context.close();
    }

    @Test
    void aPressReleaseInText_becomesTheImportersDraft_whichTheyEditAndSubmit_andTheHistoryNamesTheFile()
            throws IOException {
        Path file = write("보도자료.txt", "\n영등포구, 야간 도서관 연다\n\n구가 한강공원에 도서관을 연다.\n\n## 운영\n\n△금요일\n△토요일\n");

        Article a = context.imports().importFile(file, hong);

        assertThat(a.status()).isEqualTo(Status.DRAFT);
        assertThat(a.reporter().name()).isEqualTo("홍길동");
        assertThat(a.byline()).isEqualTo("홍길동");
        assertThat(a.content().headline()).isEqualTo("영등포구, 야간 도서관 연다");
        assertThat(a.content().body()).isEqualTo("구가 한강공원에 도서관을 연다.\n\n## 운영\n\n△금요일\n△토요일");
        Article edited =
                context.drafting().save(a.id(), a.version(), a.content().withSection("사회"), hong);
        assertThat(context.desk().submit(edited.id(), hong).status()).isEqualTo(Status.SUBMITTED);
        List<Transition> history = context.desk().history(a.id());
        assertThat(history).first().satisfies(t -> {
            assertThat(t.action()).isEqualTo(DeskAction.IMPORT);
            assertThat(t.note()).isEqualTo("보도자료.txt");
            assertThat(t.by()).isEqualTo("홍길동");
        });
        assertThat(new Messages(Locale.KOREAN)
                        .get("history.imported", history.get(0).note()))
                .isEqualTo("보도자료.txt 에서 가져옴");
    }

    @Test
    void aSavedNewsPage_keepsTheReportersByline_andItsRegisteredTime_whichApprovalLeavesAlone() throws IOException {
        Path file = desk.resolve("page.html");
        Files.createDirectories(desk);
        try (InputStream in = getClass().getResourceAsStream("/org/byline/exchange/imports/ndsoft-articleview.html")) {
            Files.copy(in, file);
        }

        Article a = context.imports().importFile(file, hong);

        assertThat(a.byline()).isEqualTo("홍길동 기자");
        assertThat(a.registeredAt())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 23, 0, 0, ZoneOffset.ofHours(9))
                        .toInstant());
        assertThat(Jsoup.parse(context.preview().page(a)).text())
                .contains("영등포구, 여의도 한강공원에 야간 도서관 연다")
                .contains("[TV서울=홍길동 기자] 서울 영등포구가")
                .doesNotContain("홍길동 기자 기자");
    }

    @Test
    void
            aPageSavedCompleteByABrowser_bringsThePhotosInItsFolder_withCaptionsAndCredits_butNoIconAdTeaserOrFileFromElsewhere()
                    throws IOException {
        Path files = Files.createDirectories(desk.resolve("기사_files"));
        byte[] library = TestImages.jpeg(800, 600);
        byte[] walk = TestImages.jpeg(640, 480);
        byte[] elsewhere = TestImages.jpeg(700, 500);
        Files.write(files.resolve("library.jpg"), library);
        Files.write(files.resolve("walk.jpg"), walk);
        Files.write(files.resolve("icon.png"), TestImages.png(16, 16, true));
        Files.writeString(files.resolve("broken.jpg"), "사진이 아니다");
        Files.write(dir.resolve("secret.jpg"), elsewhere);
        Files.createSymbolicLink(files.resolve("link.jpg"), dir.resolve("secret.jpg"));
        Files.write(files.resolve("banner.jpg"), TestImages.jpeg(728, 90));
        Files.write(files.resolve("thumb.jpg"), TestImages.jpeg(200, 130));
        Files.write(desk.resolve("family.jpg"), elsewhere); // the reporter's own picture, next to the saved page
        Path page = Files.writeString(desk.resolve("기사.html"), """
                <html><head><meta charset="utf-8"><title>영등포구, 야간 도서관 연다 - TV서울</title>
                <meta property="article:section" content="사회"><meta property="article:tag" content="도서관">
                <meta name="news_keywords" content="영등포구, 한강공원,도서관"><meta name="keywords" content="뉴스,TV서울,속보">
                </head><body>
                <nav><a href="/">홈</a><img src="기사_files/icon.png"></nav>
                <h3 class="heading">영등포구, 야간 도서관 연다</h3>
                <div id="article-view-content-div">
                  <p><img src="기사_files/icon.png"><img src="기사_files/banner.jpg"><img src="family.jpg"></p>
                  <figure class="photo-layout"><img src="%EA%B8%B0%EC%82%AC_files/library.jpg" alt="도서관 조감도">
                    <figcaption>야간 도서관 조감도 (사진=영등포구청)</figcaption></figure>
                  <p>[TV서울=홍길동 기자] 서울 영등포구가 여의도 한강공원에 야간 도서관을 연다고 1일 밝혔다.</p>
                  <p><img src="기사_files/icon.png"><img src="기사_files/broken.jpg"><img src="https://cdn.tvseoul.kr/remote.jpg">
                     <img src="../secret.jpg"><img src="%2E%2E/secret.jpg"><img src="file:///etc/passwd"><img src="기사_files/link.jpg">
                     <img src="data:image/png;base64,iVBORw0KGgo="></p>
                  <p>도서관은 금요일과 토요일 밤 10시까지 문을 열고, 강변 산책로와 이어진다.</p>
                  <figure><img src="기사_files/walk.jpg?v=2" alt="">
                    <figcaption><span class="caption">강변 산책로</span><span class="credit">(사진=TV서울)</span></figcaption></figure>
                  <p>구 관계자는 주민들이 밤에도 책을 가까이할 수 있기를 바란다고 말했다.</p>
                  <div class="related-news"><a href="/news/articleView.html?idxno=123"><img src="기사_files/thumb.jpg"></a></div>
                  <p><a href="/news/articleView.html?idxno=124"><img src="기사_files/thumb.jpg"></a></p>
                </div></body></html>
                """);

        Article a = context.imports().importFile(page, hong);

        assertThat(a.content().headline()).isEqualTo("영등포구, 야간 도서관 연다");
        assertThat(a.content().section()).as("the page's article:section").isEqualTo("사회");
        assertThat(a.content().tags())
                .as("article:tag and news_keywords, not the site's keywords")
                .containsExactly("도서관", "영등포구", "한강공원");
        assertThat(a.content().body())
                .isEqualTo("서울 영등포구가 여의도 한강공원에 야간 도서관을 연다고 1일 밝혔다.\n\n"
                        + "도서관은 금요일과 토요일 밤 10시까지 문을 열고, 강변 산책로와 이어진다.\n\n"
                        + "구 관계자는 주민들이 밤에도 책을 가까이할 수 있기를 바란다고 말했다.");
        List<Photo> photos = context.photos().photos(a.id());
        assertThat(photos).extracting(Photo::sha256).containsExactly(sha256(library), sha256(walk));
        assertThat(photos).extracting(Photo::caption).containsExactly("야간 도서관 조감도", "강변 산책로");
        assertThat(photos).extracting(Photo::credit).containsExactly("사진=영등포구청", "사진=TV서울");
        assertThat(photos).extracting(Photo::alt).containsExactly("도서관 조감도", "강변 산책로");
        assertThat(photos.get(0).lead()).isTrue();
        Document shown = Jsoup.parse(context.preview().page(a));
        assertThat(shown.select("#lead-photo figcaption").text())
                .contains("야간 도서관 조감도")
                .contains("(사진=영등포구청)");
        assertThat(shown.select("#body figure figcaption").text())
                .as("the second photo, after the last paragraph")
                .contains("강변 산책로")
                .contains("(사진=TV서울)");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBylinePackage_bringsItsPhotos_withCaptionsAndCredits_theFirstAsLead_andItsSectionAndTags() {
        Picture one = new Picture(TestImages.jpeg(800, 600), "야간 도서관 조감도", "사진=영등포구청");
        Picture two = new Picture(TestImages.jpeg(400, 300), "강변 산책로", "사진=TV서울");
        Path zip = TestPackages.write(
                desk.resolve("도서관.zip"), TestPackages.ninjs("영등포구, 야간 도서관 연다", List.of(one, two)), List.of(one, two));

        Article a = context.imports().importFile(zip, hong);

        assertThat(a.content().headline()).isEqualTo("영등포구, 야간 도서관 연다");
        assertThat(a.content().subheadline()).isEqualTo("밤 10시까지 책 읽는 강변");
        assertThat(a.content().section()).isEqualTo("사회");
        assertThat(a.content().tags()).containsExactly("도서관");
        assertThat(a.byline()).isEqualTo("홍길동 기자");
        assertThat(a.content().body()).isEqualTo("영등포구가 야간 도서관을 연다.\n\n## 운영 시간\n\n- 금요일\n- 토요일\n\n<b>는 글자다.");
        List<Photo> photos = context.photos().photos(a.id());
        assertThat(photos).extracting(Photo::caption).containsExactly("야간 도서관 조감도", "강변 산책로");
        assertThat(photos).extracting(Photo::credit).containsExactly("사진=영등포구청", "사진=TV서울");
        assertThat(photos).extracting(Photo::sha256).containsExactly(one.sha256(), two.sha256());
        assertThat(photos.get(0).lead()).isTrue();
        assertThat(Files.exists(context.photos().original(photos.get(1)))).isTrue();
        assertThat(context.desk().history(a.id()).get(0).note()).isEqualTo("도서관.zip");
    }

    @Test
    void aNinjsDocument_givesHeadlineSectionTagsBylineAndFirstCreated_evenWithAGeoJsonPlace_readOffline()
            throws IOException {
        String ninjs = TestPackages.ninjs("한강 야간 도서관", List.of()).replace("\"by\": \"홍길동 기자\",", """
                "by": "김철수 기자", "places": [{"name": "여의도 한강공원", "geoJSON": {"type": "Point", "coordinates": [126.93, 37.52]}}],""");

        Article a = context.imports().importFile(write("article.json", ninjs), hong);

        assertThat(a.content().headline()).isEqualTo("한강 야간 도서관");
        assertThat(a.content().section()).isEqualTo("사회");
        assertThat(a.byline()).isEqualTo("김철수 기자");
        assertThat(a.registeredAt())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 23, 0, 0, ZoneOffset.ofHours(9))
                        .toInstant());
        assertThat(a.reporter().name()).isEqualTo("홍길동");
        assertRefusedToo(ninjs.replace("126.93, 37.52", "\"동쪽\", 37.52"), "import.invalidNinjs");
    }

    private void assertRefusedToo(String json, String key) throws IOException {
        int before = context.drafting().count(QueueFilter.NEWEST_FIRST);
        NewsroomException e = (NewsroomException)
                Assertions.catchThrowable(() -> context.imports().importFile(write("more.json", json), hong));
        assertThat(e.key()).isEqualTo(key);
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(before);
    }

    @Test
    void aPackageWithOnePhotoThatIsNoPicture_importsNothing_neitherArticleNorTheGoodPhoto() throws IOException {
        Picture good = new Picture(TestImages.jpeg(800, 600), "좋은 사진", "사진=구청");
        Picture broken = new Picture("사진이 아니다".getBytes(StandardCharsets.UTF_8), "깨진 사진", "");
        Path zip = TestPackages.write(
                desk.resolve("half.zip"), TestPackages.ninjs("반쪽 기사", List.of(good, broken)), List.of(good, broken));

        assertThatThrownBy(() -> context.imports().importFile(zip, hong)).isInstanceOf(NewsroomException.class);

        assertNothingImported();
    }

    @Test
    void aPackageNamingAPhotoItDoesNotHold_isRefused() {
        Picture photo = new Picture(TestImages.jpeg(300, 200), "사진", "");
        Path zip = TestPackages.write(
                desk.resolve("missing.zip"), TestPackages.ninjs("사진 빠진 기사", List.of(photo)), List.of());

        assertRefused(zip, "import.zip.missingPhoto");
    }

    @Test
    void zipEntriesEscapingThePackage_areRefused_andNothingIsWrittenOutsideIt() {
        byte[] json = TestPackages.ninjs("탈출", List.of()).getBytes(StandardCharsets.UTF_8);
        assertRefused(
                TestPackages.zip(
                        desk.resolve("slip.zip"), Map.of("article.json", json, "../../evil.txt", new byte[] {1})),
                "import.zip.unsafePath");
        assertRefused(
                TestPackages.zip(
                        desk.resolve("abs.zip"), Map.of("article.json", json, "/tmp/evil.txt", new byte[] {1})),
                "import.zip.unsafePath");
        assertRefused(
                TestPackages.zip(
                        desk.resolve("inner.zip"),
                        Map.of("media/../../evil.txt", new byte[] {1}, "article.json", json)),
                "import.zip.unsafePath");
        assertRefused(
                TestPackages.zip(desk.resolve("win.zip"), Map.of("..\\evil.txt", new byte[] {1}, "article.json", json)),
                "import.zip.unsafePath");
        try (Stream<Path> around = Files.walk(dir)) {
            assertThat(around.filter(p -> p.getFileName().toString().equals("evil.txt")))
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPackageHoldingOneNameTwice_isRefused_ratherThanTheLastCopyWinningSilently() throws IOException {
        byte[] innocent = TestPackages.ninjs("보이는 기사", List.of()).getBytes(StandardCharsets.UTF_8);
        byte[] hidden = TestPackages.ninjs("숨어 있던 기사", List.of()).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("article.json", innocent);
        entries.put("article.jsoz", hidden); // the JDK will not write one name twice: same length, renamed below
        Path zip = TestPackages.zip(desk.resolve("duplicate-article.zip"), entries);
        String latin = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1)
                .replace("article.jsoz", "article.json");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));

        NewsroomException e = assertRefused(zip, "import.zip.duplicateEntry");
        assertThat(new Messages(Locale.KOREAN).describe(e))
                .contains("article.json")
                .contains("두 번");
    }

    @Test
    void aTruncatedPackage_isCalledDamagedOrIncomplete_notAPermissionProblem() throws IOException {
        Picture photo = new Picture(TestImages.jpeg(800, 600), "사진", "사진=구청");
        Path whole = TestPackages.write(
                desk.resolve("whole.zip"), TestPackages.ninjs("잘린 기사", List.of(photo)), List.of(photo));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(desk.resolve("truncated-download.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        NewsroomException e = assertRefused(cut, "import.zip.damaged");
        assertThat(new Messages(Locale.KOREAN).describe(e))
                .contains("손상되었거나 끝까지 받아지지 않았습니다")
                .doesNotContain("권한");
        assertThat(new Messages(Locale.ENGLISH).describe(e))
                .contains("damaged or incomplete")
                .doesNotContain("permission");
    }

    @Test
    void jsonNestedAHundredThousandDeep_isRefusedAsTooDeep_notWithAProgrammingError() throws IOException {
        Path deep = write("nested-100000-deep.json", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));

        NewsroomException e = assertRefused(deep, "import.tooDeep");
        assertThat(new Messages(Locale.KOREAN).describe(e)).contains("너무 깊게").doesNotContain("Null");
        assertThat(new Messages(Locale.ENGLISH).describe(e))
                .contains("nested too deeply")
                .doesNotContain("Null");
    }

    @Test
    void htmlNestedAHundredThousandDeep_inAPageOrANinjsBody_neverOverflowsTheStack() throws IOException {
        String deep = "<div>".repeat(100_000) + "깊은 곳의 문단" + "</div>".repeat(100_000);
        Path page = write(
                "deep-page.html",
                "<!doctype html><html><head><title>깊은 페이지</title></head><body>" + deep + "</body></html>");
        String ninjs = TestPackages.ninjs("깊은 본문", List.of())
                .replaceFirst("\"value\": \"<p>", "\"value\": \"" + deep.replace("\"", "") + "<p>");
        Path json = write("deep-body.json", ninjs);

        for (Path file : List.of(page, json)) {
            Throwable t = Assertions.catchThrowable(() -> context.imports().importFile(file, hong));
            assertThat(t)
                    .as(file.getFileName().toString())
                    .satisfiesAnyOf(
                            none -> assertThat(none).isNull(),
                            refused -> assertThat(refused).isInstanceOf(NewsroomException.class));
        }
    }

    @Test
    void aZipBomb_isRefusedWhileStreaming_whateverItsHeadersSay() {
        assertRefused(TestPackages.bomb(desk.resolve("bomb.zip"), 64), "import.zip.bomb");
    }

    @Test
    void aZipOfThousandsOfEntries_isRefused() {
        assertRefused(TestPackages.manyEntries(desk.resolve("many.zip"), 1_500), "import.zip.tooManyEntries");
    }

    @Test
    void aSchemaInvalidArticleJson_isRefused_withTheFirstProblemNamed() throws IOException {
        String invalid =
                TestPackages.ninjs("잘못된 문서", List.of()).replace("\"value\": \"잘못된 문서\"", "\"text\": \"잘못된 문서\"");
        Path zip = TestPackages.write(desk.resolve("invalid.zip"), invalid, List.of());

        NewsroomException e = assertRefused(zip, "import.invalidNinjs");
        assertThat(e.args()[0].toString()).contains("headlines");
        assertRefused(
                write("doc.json", "{\"uri\": \"https://x.example/1\", \"firstCreated\": \"어제\"}"),
                "import.invalidNinjs");
        assertRefused(write("broken.json", "{\"uri\": \"https://x.example/1\", "), "import.badJson");
    }

    @Test
    void textInAnUnknownEncoding_isRefused_butEucKrAndUtf16AreRead() throws IOException {
        assertRefused(
                writeBytes(
                        "latin1.txt",
                        "Caf\u00e9 ouvert \u00e0 minuit, na\u00efve cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)),
                "import.unknownEncoding");

        Article euc = context.imports()
                .importFile(
                        writeBytes("euc.txt", "구청장 신년 인사\n\n새해 복 많이 받으세요.".getBytes(Charset.forName("EUC-KR"))), hong);
        Article utf16 = context.imports().importFile(writeBytes("u16.txt", bom16("구의회 개회\n\n임시회가 열렸다.")), hong);
        Article utf8bom = context.imports()
                .importFile(
                        writeBytes(
                                "bom.txt",
                                concat(
                                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                        "주민 설명회\n\n설명회가 열렸다.".getBytes(StandardCharsets.UTF_8))),
                        hong);

        assertThat(euc.content().headline()).isEqualTo("구청장 신년 인사");
        assertThat(utf16.content().body()).isEqualTo("임시회가 열렸다.");
        assertThat(utf8bom.content().headline()).isEqualTo("주민 설명회");
    }

    @Test
    void emptyHugeAndBinaryFiles_areRefused() throws IOException {
        assertRefused(write("empty.txt", ""), "import.empty");
        assertRefused(write("spaces.txt", " \n\u00a0\n"), "import.empty");
        byte[] huge = new byte[(8 << 20) + 1];
        Arrays.fill(huge, (byte) 'a');
        assertRefused(writeBytes("huge.txt", huge), "import.tooLarge");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertRefused(writeBytes("junk.bin", junk), "import.binary");
        assertRefused(writeBytes("photo.jpg", TestImages.jpeg(100, 100)), "import.binary");
        assertRefused(desk, "import.notAFile");
    }

    @Test
    void markdown_becomesPlainBodyText_andScriptsStayText() throws IOException {
        Path md = write("release.md", """
                # 구청, **청년 창업** 공간 연다

                *영등포구*가 [청년 창업 공간](https://example.org/x)을 연다. <script>alert(1)</script>

                ## 지원 내용

                * 사무실 무료
                * 멘토링
                """);

        Article a = context.imports().importFile(md, hong);

        assertThat(a.content().headline()).isEqualTo("구청, 청년 창업 공간 연다");
        assertThat(a.content().body())
                .isEqualTo("영등포구가 청년 창업 공간을 연다. <script>alert(1)</script>\n\n## 지원 내용\n\n- 사무실 무료\n- 멘토링");
        assertThat(context.preview().page(a))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    private NewsroomException assertRefused(Path file, String key) {
        NewsroomException e = (NewsroomException)
                Assertions.catchThrowable(() -> context.imports().importFile(file, hong));
        assertThat(e).as(file.toString()).isNotNull();
        assertThat(e.key()).as(file + ": " + e.getMessage()).isEqualTo(key);
        assertThat(new Messages(Locale.KOREAN).describe(e)).doesNotStartWith("import.");
        assertThat(new Messages(Locale.ENGLISH).describe(e)).doesNotStartWith("import.");
        assertNothingImported();
        return e;
    }

    private void assertNothingImported() {
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isZero();
        try (Stream<Path> media =
                Files.exists(data.resolve("media")) ? Files.walk(data.resolve("media")) : Stream.empty()) {
            assertThat(media.filter(Files::isRegularFile)).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Files.createDirectories(desk);
        return Files.write(desk.resolve(name), bytes);
    }

    private static byte[] bom16(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
