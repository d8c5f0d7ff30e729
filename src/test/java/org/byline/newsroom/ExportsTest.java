package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Role;
import org.byline.exchange.NewsmlG2;
import org.byline.exchange.Ninjs32;
import org.byline.i18n.Messages;
import org.byline.imaging.TestImages;
import org.byline.newsroom.Exports.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An approved article with photos leaves the newsroom as ninjs, NewsML-G2, an HTML folder and a package. */
class ExportsTest {
    private static final Instant MORNING =
            OffsetDateTime.parse("2026-11-30T09:00:07+09:00").toInstant();
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");
    private static final Pattern ABSOLUTE_ASCII_URI =
            Pattern.compile("https?://[A-Za-z0-9.-]+(/[A-Za-z0-9\\-._~%/]*)?");
    private static final String BODY = """
            구의회가 30일 본회의에서 <script>alert('x')</script> 예산안을 의결했다.
            둘째 줄 & "따옴표"

            ## 남은 과제

            △ 복지 예산
            △ 도로 정비

            [[사진2]]

            의원들은 다음 회기에 추경을 다룬다.""";

    @TempDir
    Path dir;

    @TempDir
    Path out;

    @TempDir
    Path files;

    private AdjustableClock clock;
    private Context context;
    private Exports exports;
    private Person hong;
    private Person lee;
    private long id;
    private List<Photo> photos;

    @BeforeEach
    void anApprovedArticleWithTwoPhotos() {
        clock = new AdjustableClock(MORNING);
        context = new Context(dir, Locale.KOREAN, clock);
        exports = context.exports();
        hong = context.staff().add("홍길동", "hong@tvseoul.kr", Role.REPORTER, null, null);
        lee = context.staff().add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
        context.settings().set("outlet.name", "TV서울", lee);
        context.settings().set("outlet.site", "https://www.tvseoul.kr", lee);
        Article a = context.drafting()
                .create(
                        new ArticleContent("한빛구의회, 내년 예산안 <b>의결</b>", "복지·도로에 집중", "정치", List.of("구의회", "예산 심의"), BODY),
                        hong);
        id = a.id();
        Path market = TestImages.write(files.resolve("market.jpg"), TestImages.jpeg(1600, 900));
        Path chart = TestImages.write(files.resolve("chart.png"), TestImages.png(300, 200, false));
        context.photos().attach(id, List.of(market), new PhotoDetails("본회의장 <모습>", "사진=한빛구의회", "의원들이 표결하는 모습"), true);
        context.photos().attach(id, List.of(chart), new PhotoDetails("예산 그래프", "", ""), false);
        photos = context.photos().photos(id);
        clock.advance(Duration.ofMinutes(5));
        context.desk().submit(id, hong);
        clock.advance(Duration.ofMinutes(5));
        context.desk().approve(id, lee);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void ninjs_isValidNinjs32_withEveryFieldTheSiteReads() throws Exception {
        Path written = exports.export(id, Format.NINJS, out, false, lee);

        assertThat(written).isEqualTo(out.resolve("article-" + id + ".json"));
        String json = Files.readString(written);
        assertThat(Ninjs32.problems(json)).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(json);
        Article article = context.drafting().open(id);
        assertThat(doc.get("uri").asText()).isEqualTo("https://www.tvseoul.kr/articles/" + id);
        assertThat(doc.get("type").asText()).isEqualTo("text");
        assertThat(doc.get("version").asText()).isEqualTo(Long.toString(article.version()));
        assertThat(doc.get("firstCreated").asText()).isEqualTo("2026-11-30T09:00:07+09:00");
        assertThat(doc.get("versionCreated").asText()).isEqualTo("2026-11-30T09:10:07+09:00");
        assertThat(doc.has("embargoedUntil")).isFalse();
        assertThat(doc.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(doc.get("language").asText()).isEqualTo("ko");
        assertThat(doc.get("headlines").findValuesAsText("role")).containsExactly("main", "subheadline");
        assertThat(doc.get("headlines").get(0).get("value").asText()).isEqualTo("한빛구의회, 내년 예산안 <b>의결</b>");
        JsonNode body = doc.get("bodies").get(0);
        assertThat(body.get("contentType").asText()).isEqualTo("text/html");
        assertThat(body.get("charCount").asInt())
                .isEqualTo(context.preview().counts(BODY).characters());
        assertThat(doc.get("by").asText()).isEqualTo("홍길동 기자");
        assertThat(doc.get("copyrightHolder").asText()).isEqualTo("TV서울");
        assertThat(doc.get("copyrightNotice").asText()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
        assertThat(doc.get("subjects").findValuesAsText("uri"))
                .containsExactly(
                        "https://www.tvseoul.kr/sections/%EC%A0%95%EC%B9%98",
                        "https://www.tvseoul.kr/tags/%EA%B5%AC%EC%9D%98%ED%9A%8C",
                        "https://www.tvseoul.kr/tags/%EC%98%88%EC%82%B0%20%EC%8B%AC%EC%9D%98");
        assertThat(doc.get("subjects").findValuesAsText("name")).containsExactly("정치", "구의회", "예산 심의");

        JsonNode lead = doc.get("associations").get(0);
        Photo market = photos.get(0);
        assertThat(lead.get("type").asText()).isEqualTo("picture");
        assertThat(lead.get("name").asText()).isEqualTo("photo1");
        assertThat(lead.get("descriptions").get(0).get("value").asText()).isEqualTo("본회의장 <모습>");
        assertThat(lead.get("by").asText()).isEqualTo("사진=한빛구의회");
        JsonNode original = lead.get("renditions").get(0);
        assertThat(original.get("name").asText()).isEqualTo("original");
        assertThat(original.get("href").asText()).isEqualTo("https://www.tvseoul.kr/media/" + market.sha256() + ".jpg");
        assertThat(original.get("width").asInt()).isEqualTo(1600);
        assertThat(original.get("height").asInt()).isEqualTo(900);
        assertThat(original.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(lead.get("renditions").findValuesAsText("name")).contains("view", "thumbnail");
        JsonNode png = doc.get("associations").get(1).get("renditions").get(0);
        assertThat(png.get("href").asText()).endsWith("/" + photos.get(1).sha256() + ".png");
        assertThat(png.get("contentType").asText()).isEqualTo("image/png");

        assertEveryTimeHasSecondsAndEveryUriIsAbsoluteAscii(doc);
    }

    @Test
    void typedMarkup_isTextInEveryFormat_neverATag() throws Exception {
        JsonNode ninjs =
                new ObjectMapper().readTree(Files.readString(exports.export(id, Format.NINJS, out, false, lee)));
        String bodyHtml = ninjs.get("bodies").get(0).get("value").asText();
        assertThat(bodyHtml).doesNotContain("<script").contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(Jsoup.parseBodyFragment(bodyHtml).select("script")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(bodyHtml).select("img").eachAttr("src"))
                .containsExactly("https://www.tvseoul.kr/media/" + photos.get(1).sha256() + "-view.jpg");

        String xml = Files.readString(exports.export(id, Format.NEWSML, out, false, lee));
        assertThat(xml)
                .doesNotContain("<script")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;")
                .contains("&lt;b&gt;의결");

        Document page = Jsoup.parse(
                out.resolve(exports.export(id, Format.HTML, out, false, lee).resolve("index.html"))
                        .toFile());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.getElementById("body").text()).contains("<script>alert('x')</script>");
        assertThat(page.getElementById("headline").text()).isEqualTo("한빛구의회, 내년 예산안 <b>의결</b>");
    }

    @Test
    void newsml_isValidAgainstTheIptcSchemas_withTheBodyAsNitf() throws Exception {
        context.desk().embargo(id, MORNING.plus(Duration.ofHours(1)), lee);
        clock.advance(Duration.ofHours(2)); // the embargo has passed but is still recorded

        Path written = exports.export(id, Format.NEWSML, out, false, lee);

        String xml = Files.readString(written);
        assertThat(NewsmlG2.problems(xml)).isEmpty();
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(doc.selectFirst("newsItem").attr("guid")).isEqualTo("https://www.tvseoul.kr/articles/" + id);
        assertThat(doc.selectFirst("itemMeta > embargoed").text()).isEqualTo("2026-11-30T10:00:07+09:00");
        assertThat(doc.selectFirst("pubStatus").attr("qcode")).isEqualTo("stat:usable");
        assertThat(doc.selectFirst("contentMeta > headline").text()).isEqualTo("한빛구의회, 내년 예산안 <b>의결</b>");
        assertThat(doc.select("nitf hl2").eachText()).containsExactly("복지·도로에 집중", "남은 과제");
        assertThat(doc.select("nitf body\\.content > p").first().text()).startsWith("[TV서울=홍길동 기자] 구의회가 30일");
        assertThat(doc.select("nitf li").eachText()).containsExactly("△ 복지 예산", "△ 도로 정비");
        assertThat(doc.select("nitf media-caption").eachText()).containsExactly("본회의장 <모습>", "예산 그래프");
        assertThat(doc.select("contentMeta > subject").eachAttr("uri"))
                .allMatch(u -> ABSOLUTE_ASCII_URI.matcher(u).matches());
    }

    @Test
    void htmlFolder_isThePreviewsPage_withItsPhotosBesideIt_andNoLinkOutsideTheFolder() throws Exception {
        Path folder = exports.export(id, Format.HTML, out, false, lee);

        assertThat(folder).isEqualTo(out.resolve("article-" + id)).isDirectory();
        String exported = Files.readString(folder.resolve("index.html"));
        String preview = context.preview().page(context.drafting().open(id));
        Document previewDoc = Jsoup.parse(preview);
        for (Element img : previewDoc.select("img")) {
            Photo shown = photos.stream()
                    .filter(p -> img.attr("src").contains(p.sha256()))
                    .findFirst()
                    .orElseThrow();
            preview = preview.replace(img.attr("src"), "photos/" + shown.sha256() + "-view.jpg");
        }
        assertThat(exported).as("the preview's page, with relative image paths").isEqualTo(preview);
        assertPageUsesOnlyItsFolder(folder);
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(3); // index.html and the two photos it shows
        }
    }

    @Test
    void package_holdsTheNinjs_thePage_andTheOriginalsByTheirContent() throws Exception {
        Path zip = exports.export(id, Format.PACKAGE, out, false, lee);

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries)
                .containsKeys(
                        "article.json",
                        "index.html",
                        "media/" + photos.get(0).sha256() + ".jpg",
                        "media/" + photos.get(1).sha256() + ".png");
        assertThat(Ninjs32.problems(new String(entries.get("article.json"), StandardCharsets.UTF_8)))
                .isEmpty();
        for (Photo p : photos) {
            byte[] original =
                    entries.get("media/" + p.sha256() + (p.mediaType().equals("image/png") ? ".png" : ".jpg"));
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(original)))
                    .isEqualTo(p.sha256());
            assertThat(original).isEqualTo(Files.readAllBytes(context.photos().original(p)));
        }
        Document page = Jsoup.parse(new String(entries.get("index.html"), StandardCharsets.UTF_8));
        assertThat(page.select("img").eachAttr("src"))
                .allSatisfy(src -> assertThat(entries).containsKey(src));
        JsonNode ninjs = new ObjectMapper().readTree(entries.get("article.json"));
        for (JsonNode association : ninjs.get("associations")) {
            String href = association.get("renditions").get(0).get("href").asText();
            assertThat(entries).containsKey("media/" + href.substring(href.lastIndexOf('/') + 1));
        }
    }

    @Test
    void aDraft_isRefusedWithoutDrafts_andExportedAsWithheldWithThem() throws Exception {
        long draft = context.drafting()
                .create(new ArticleContent("작성중 기사", "", "사회", List.of(), "아직 쓰는 중"), hong)
                .id();

        NewsroomException refused = catchThrowableOfType(
                NewsroomException.class, () -> exports.export(draft, Format.NINJS, out, false, lee));

        assertThat(refused.key()).isEqualTo("export.notApproved");
        assertThat(new Messages(Locale.KOREAN).describe(refused))
                .contains("기사 " + draft)
                .contains("작성중")
                .contains("--draft");
        assertThat(listing(out)).isEmpty();

        Path written = exports.export(draft, Format.NINJS, out, true, hong);
        String json = Files.readString(written);
        assertThat(Ninjs32.problems(json)).isEmpty();
        assertThat(new ObjectMapper().readTree(json).get("pubStatus").asText()).isEqualTo("withheld");
        assertThat(NewsmlG2.problems(Files.readString(exports.export(draft, Format.NEWSML, out, true, hong))))
                .isEmpty();
    }

    @Test
    void anEmbargoedArticle_isRefused_andNothingIsWritten_untilItsTime() throws Exception {
        Instant until = clock.instant().plus(Duration.ofHours(3));
        context.desk().embargo(id, until, lee);

        for (Format format : Format.values()) {
            NewsroomException refused =
                    catchThrowableOfType(NewsroomException.class, () -> exports.export(id, format, out, true, lee));
            assertThat(refused.key()).isEqualTo("desk.embargoed");
        }
        assertThat(listing(out)).isEmpty();

        clock.set(until);
        String json = Files.readString(exports.export(id, Format.NINJS, out, false, lee));
        assertThat(Ninjs32.problems(json)).isEmpty();
        assertThat(new ObjectMapper().readTree(json).get("embargoedUntil").asText())
                .isEqualTo("2026-11-30T12:10:07+09:00");
    }

    @Test
    void whatAKilledExportLeftBehind_isSweptByTheNextExport_andAnEarlierFolderSetAsideComesBack() throws Exception {
        // a process that is gone: a child JVM that has ended
        Process gone = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        gone.waitFor();
        long dead = gone.pid();
        Files.writeString(out.resolve(".article-7.zip-byline" + dead + "-123.tmp"), "half a zip");
        Path halfFolder = Files.createDirectories(out.resolve(".article-7-byline" + dead + "-456/photos"));
        Files.writeString(halfFolder.resolve("a.jpg"), "half a photo");
        Path setAside = Files.createDirectories(out.resolve(".article-8-byline" + dead + "-old-789"));
        Files.writeString(setAside.resolve("index.html"), "the earlier export");
        // a running export of another Byline process (this one stands in for it), and the user's own dot file
        long alive = ProcessHandle.current().pid();
        Files.writeString(out.resolve(".article-9.json-byline" + alive + "-1.tmp"), "being written");
        Files.writeString(out.resolve(".notes-byline-2.txt"), "mine");

        exports.export(id, Format.NINJS, out, false, lee);

        assertThat(listing(out))
                .containsExactlyInAnyOrder(
                        "article-" + id + ".json",
                        "article-8",
                        ".article-9.json-byline" + alive + "-1.tmp",
                        ".notes-byline-2.txt");
        assertThat(Files.readString(out.resolve("article-8/index.html"))).isEqualTo("the earlier export");
    }

    @Test
    void anUnknownArticle_isNamed_andNothingIsWritten() throws IOException {
        NewsroomException refused = catchThrowableOfType(
                NewsroomException.class, () -> exports.export(9999, Format.PACKAGE, out, false, lee));

        assertThat(refused.key()).isEqualTo("error.unknownArticle");
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWritten_isNamed_andLeavesNoHalfFile() throws IOException {
        Path aFile = Files.writeString(out.resolve("not-a-folder"), "x");

        for (Format format : Format.values()) {
            NewsroomException refused = catchThrowableOfType(
                    NewsroomException.class, () -> exports.export(id, format, aFile.resolve("inside"), false, lee));
            assertThat(refused.key()).isEqualTo("export.cannotWrite");
            assertThat(new Messages(Locale.KOREAN).describe(refused)).contains("not-a-folder");
        }
        assertThat(listing(out)).containsExactly("not-a-folder");
    }

    @Test
    void exportingAgain_replacesTheEarlierExport_andLeavesNoTemporaryFiles() throws Exception {
        for (Format format : Format.values()) {
            exports.export(id, format, out, false, lee);
        }
        Article now = context.drafting().open(id);
        context.desk().correct(id, now.version(), now.content().withHeadline("한빛구의회, 예산안 수정 의결"), "제목 정정", lee);
        for (Format format : Format.values()) {
            exports.export(id, format, out, false, lee);
        }

        assertThat(listing(out))
                .containsExactlyInAnyOrder(
                        "article-" + id + ".json", "article-" + id + ".xml", "article-" + id, "article-" + id + ".zip");
        assertThat(Files.readString(out.resolve("article-" + id + ".json"))).contains("예산안 수정 의결");
        assertThat(Files.readString(out.resolve("article-" + id).resolve("index.html")))
                .contains("예산안 수정 의결");
    }

    @Test
    void aKoreanSiteAddress_becomesAnAsciiUri_andAnUnsetOneFallsBackToTheDocumentedDefault() throws Exception {
        context.settings().set("outlet.site", "https://뉴스.한국/지역소식/", lee);
        JsonNode doc = new ObjectMapper().readTree(Files.readString(exports.export(id, Format.NINJS, out, false, lee)));
        assertThat(doc.get("uri").asText())
                .isEqualTo("https://xn--vg1b002a.xn--3e0b707e/%EC%A7%80%EC%97%AD%EC%86%8C%EC%8B%9D/articles/" + id);
        assertEveryTimeHasSecondsAndEveryUriIsAbsoluteAscii(doc);

        context.settings().set("outlet.site", "", lee);
        String json = Files.readString(exports.export(id, Format.NINJS, out, false, lee));
        assertThat(Ninjs32.problems(json)).isEmpty();
        assertThat(new ObjectMapper().readTree(json).get("uri").asText())
                .isEqualTo("https://www.example.com/articles/" + id);
    }

    /** Every src and href the page loads or links to is a file in its folder, except links to the outlet's site. */
    static void assertPageUsesOnlyItsFolder(Path folder) throws IOException {
        String html = Files.readString(folder.resolve("index.html"));
        assertThat(html).doesNotContain("file:");
        Document page = Jsoup.parse(html);
        List<String> loaded = new ArrayList<>(page.select("[src]").eachAttr("src"));
        page.select("link[href]").forEach(l -> loaded.add(l.attr("href")));
        assertThat(loaded).isNotEmpty().allSatisfy(src -> {
            assertThat(src).doesNotContain(":").doesNotStartWith("/").doesNotContain("..");
            assertThat(folder.resolve(src)).isRegularFile();
        });
        Matcher cssUrl = Pattern.compile("url\\(").matcher(page.select("style").html());
        assertThat(cssUrl.find()).as("the stylesheet loads nothing").isFalse();
        // the masthead links to the outlet's site and the reporter's address is a mailto: both are
        // links a reader may follow, not something the page needs to show itself offline
        assertThat(page.select("a[href]").eachAttr("href"))
                .allMatch(href ->
                        href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:"));
    }

    private static void assertEveryTimeHasSecondsAndEveryUriIsAbsoluteAscii(JsonNode doc) {
        for (String field : List.of("firstCreated", "versionCreated", "embargoedUntil", "contentCreated")) {
            doc.findValuesAsText(field).forEach(t -> assertThat(t).matches(TIME));
        }
        List<String> uris = new ArrayList<>(doc.findValuesAsText("uri"));
        uris.addAll(doc.findValuesAsText("href"));
        assertThat(uris).isNotEmpty().allSatisfy(u -> assertThat(u).matches(ABSOLUTE_ASCII_URI));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aPackage_importedAgain_isTheSameArticle_withItsLeadItsPlacedPhotoAndTheirTexts() throws Exception {
        // the market photo sits in the text as [[사진1]]; it is not the lead any more, the chart is
        Article a = context.drafting().open(id);
        context.drafting().save(id, a.version(), a.content().withBody("첫 문단이다.\n\n[[사진1]]\n\n둘째 문단이다."), lee);
        context.photos().makeLead(photos.get(1).id());
        context.photos().update(photos.get(1).id(), new PhotoDetails("예산 그래프", "그래픽=한빛구", "막대 그래프"));
        Path zip = exports.export(id, Format.PACKAGE, out, false, lee);

        Article back = context.imports().importFile(zip, hong);

        assertThat(back.content().headline()).isEqualTo("한빛구의회, 내년 예산안 <b>의결</b>");
        assertThat(back.content().subheadline()).isEqualTo("복지·도로에 집중");
        assertThat(back.content().section()).isEqualTo("정치");
        assertThat(back.content().tags()).containsExactly("구의회", "예산 심의");
        assertThat(back.content().body()).isEqualTo("첫 문단이다.\n\n[[사진1]]\n\n둘째 문단이다.");
        List<Photo> again = context.photos().photos(back.id());
        assertThat(again)
                .extracting(Photo::sha256)
                .containsExactly(photos.get(0).sha256(), photos.get(1).sha256());
        assertThat(again).extracting(Photo::lead).containsExactly(false, true);
        assertThat(again.get(0).caption()).isEqualTo("본회의장 <모습>");
        assertThat(again.get(0).credit()).isEqualTo("사진=한빛구의회");
        assertThat(again.get(0).alt()).isEqualTo("의원들이 표결하는 모습");
        assertThat(again.get(1).alt()).isEqualTo("막대 그래프");
        assertThat(again.get(1).credit()).isEqualTo("그래픽=한빛구");
        // the pages match: the same text and photos in the same places
        assertThat(Jsoup.parse(context.preview().page(back)).select("#body").text())
                .isEqualTo(Jsoup.parse(context.preview().page(context.drafting().open(id)))
                        .select("#body")
                        .text());
    }

    @Test
    void exports_areReadableByOthers_likeAnyFileTheUserSaves() throws Exception {
        Path json = exports.export(id, Format.NINJS, out, false, lee);
        Path zip = exports.export(id, Format.PACKAGE, out, false, lee);
        Path folder = exports.export(id, Format.HTML, out, false, lee);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwxr-xr-x");
    }
}
