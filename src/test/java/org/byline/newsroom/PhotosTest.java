package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Rendition;
import org.byline.imaging.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reporter attaches, captions, orders and removes photos; the desk's rules hold throughout. */
class PhotosTest {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");

    @TempDir
    Path dir;

    private Path data;
    private Path desk;
    private Context context;
    private Photos photos;
    private Person hong;
    private Article article;

    @BeforeEach
    void openStore() {
        data = dir.resolve("data");
        desk = dir.resolve("desk");
        context = new Context(data, Locale.KOREAN);
        photos = context.photos();
        hong = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        article = draft("영등포구 주민 설명회 열려");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theFirstPhoto_isTheLead_andIsCaptionedFromItsOwnKoreanIptc() {
        Path photo = TestImages.write(
                desk.resolve("설명회.jpg"),
                TestImages.withSegments(
                        TestImages.jpeg(400, 300),
                        TestImages.exifSegment(new TestImages.Exif(6, "2024:05:01 14:30:00", null, null, null)),
                        TestImages.iptcSegment(
                                Map.of(120, "영등포구청 앞에서 열린 주민 설명회", 110, "영등포구청", 80, "김사진", 116, "ⓒ영등포구청"), EUC_KR)));

        List<Photo> attached = photos.attach(article.id(), List.of(photo), PhotoDetails.NONE, false);

        assertThat(attached).hasSize(1);
        Photo p = attached.get(0);
        assertThat(p.lead()).isTrue();
        assertThat(p.position()).isEqualTo(1);
        assertThat(p.originalName()).isEqualTo("설명회.jpg");
        assertThat(p.mediaType()).isEqualTo("image/jpeg");
        assertThat(p.caption()).isEqualTo("영등포구청 앞에서 열린 주민 설명회");
        assertThat(p.credit()).isEqualTo("사진=영등포구청");
        assertThat(p.alt()).as("alt starts as the caption").isEqualTo("영등포구청 앞에서 열린 주민 설명회");
        assertThat(p.byline()).isEqualTo("김사진");
        assertThat(p.copyright()).isEqualTo("ⓒ영등포구청");
        assertThat(p.capturedAt()).isEqualTo(Instant.parse("2024-05-01T05:30:00Z"));
        assertThat(p.orientation()).isEqualTo(6);
        assertThat(List.of(p.width(), p.height()))
                .as("as displayed, turned a quarter")
                .containsExactly(300, 400);
        assertThat(photos.photos(article.id())).containsExactly(p);
    }

    @Test
    void whatTheReporterTyped_winsOverTheMetadata_andAltFollowsTheTypedCaption() {
        Path photo = TestImages.write(
                desk.resolve("a.jpg"),
                TestImages.withSegments(
                        TestImages.jpeg(200, 100),
                        TestImages.iptcSegment(Map.of(120, "사진 속 설명", 110, "연합뉴스"), StandardCharsets.UTF_8)));

        Photo p = photos.attach(article.id(), List.of(photo), new PhotoDetails(" 기자가 쓴 설명 ", "", ""), false)
                .get(0);

        assertThat(p.caption()).isEqualTo("기자가 쓴 설명");
        assertThat(p.credit()).isEqualTo("사진=연합뉴스");
        assertThat(p.alt()).isEqualTo("기자가 쓴 설명");
    }

    @Test
    void withoutACredit_thePhotographersBylineBecomesTheCredit() {
        Path photo = TestImages.write(
                desk.resolve("b.jpg"),
                TestImages.withSegments(
                        TestImages.jpeg(200, 100),
                        TestImages.exifSegment(new TestImages.Exif(1, null, null, "박기자".getBytes(EUC_KR), null))));

        assertThat(photos.attach(article.id(), List.of(photo), PhotoDetails.NONE, false)
                        .get(0)
                        .credit())
                .isEqualTo("사진=박기자");
    }

    @Test
    void laterPhotos_comeAfterTheOthers_andLeadMovesOnlyWhenAskedFor() {
        Photo first = attach("1.jpg", 300, 200);
        List<Photo> more = photos.attach(
                article.id(), List.of(photo("2.jpg", 300, 200), photo("3.png", 200, 300)), PhotoDetails.NONE, false);

        assertThat(more).extracting(Photo::position).containsExactly(2, 3);
        assertThat(more).extracting(Photo::lead).containsExactly(false, false);
        assertThat(more.get(1).mediaType()).isEqualTo("image/png");

        Photo fourth = photos.attach(article.id(), List.of(photo("4.jpg", 300, 200)), PhotoDetails.NONE, true)
                .get(0);

        assertThat(photos.photos(article.id()))
                .extracting(Photo::id, Photo::lead)
                .containsExactly(
                        tuple(first.id(), false),
                        tuple(more.get(0).id(), false),
                        tuple(more.get(1).id(), false),
                        tuple(fourth.id(), true));
    }

    @Test
    void theSameFileTwice_isStoredOnce() throws IOException {
        Path photo = photo("같은사진.jpg", 300, 200);

        photos.attach(article.id(), List.of(photo), PhotoDetails.NONE, false);
        photos.attach(draft("다른 기사").id(), List.of(photo), PhotoDetails.NONE, false);
        photos.attach(article.id(), List.of(photo), PhotoDetails.NONE, false);

        assertThat(originals()).hasSize(1);
        assertThat(photos.photos(article.id())).hasSize(2);
    }

    @Test
    void attach_returnsOnceTheRenditionsExist_andAMissingOneIsMadeAgain() throws IOException {
        Photo p = attach("big.jpg", 1600, 1200);

        for (Rendition size : Rendition.values()) {
            assertThat(photos.rendition(p, size)).exists().hasFileName(size.code() + ".jpg");
        }
        Path view = photos.rendition(p, Rendition.VIEW);
        Files.delete(view);

        assertThat(photos.rendition(p, Rendition.VIEW)).isEqualTo(view).exists();
        assertThat(photos.original(p)).exists().hasFileName(p.sha256());
        assertThat(photos.original(p).getParent()).hasFileName(p.sha256().substring(0, 2));
    }

    @Test
    void aZeroByteFile_isRefused_andNothingIsAttached() {
        assertRefusedAndUntouched(TestImages.write(desk.resolve("빈.jpg"), new byte[0]), "error.photo.empty");
    }

    @Test
    void aTruncatedJpeg_isRefused_andNothingIsAttached() {
        byte[] jpeg = TestImages.jpeg(800, 600);
        assertRefusedAndUntouched(
                TestImages.write(desk.resolve("끊김.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2)), "error.photo.damaged");
    }

    @Test
    void aTextFileNamedJpg_isRefused_andNothingIsAttached() {
        assertRefusedAndUntouched(
                TestImages.write(desk.resolve("글.jpg"), "보도자료".getBytes(StandardCharsets.UTF_8)),
                "error.photo.notAnImage");
    }

    @Test
    void aPngClaiming50000By50000Pixels_isRefused_andNothingIsAttached() {
        assertRefusedAndUntouched(
                TestImages.write(desk.resolve("bomb.png"), TestImages.pngClaiming(50_000, 50_000)),
                "error.photo.tooManyPixels");
    }

    @Test
    void aFileOverTheSizeLimitOfTheSetting_isRefused_andNothingIsAttached() {
        context.settings().set("photos.maxMegabytes", "1", null);
        byte[] jpeg = TestImages.jpeg(200, 100);
        byte[] overOneMegabyte = Arrays.copyOf(jpeg, 1024 * 1024 + 1); // zeros after the end marker

        assertThat(photos.maxBytes()).isEqualTo(1024 * 1024);
        assertRefusedAndUntouched(TestImages.write(desk.resolve("큰.jpg"), overOneMegabyte), "error.photo.tooLarge");
    }

    @Test
    void aFolder_isRefused_andNothingIsAttached() throws IOException {
        assertRefusedAndUntouched(Files.createDirectories(desk.resolve("폴더")), "error.photo.directory");
    }

    /** Skipped as root, who reads a file whatever its permission bits say. */
    @Test
    void anUnreadableFile_isRefused_andNothingIsAttached() throws IOException {
        Path locked = photo("잠김.jpg", 100, 100);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "the file is still readable for this user (root)");
            assertRefusedAndUntouched(locked, "error.photo.unreadable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aPhotoThatFailsToDecodeAfterTheChecks_takesTheOthersNewFilesWithIt() throws IOException {
        // a whole PNG with too little pixel data: it passes inspection and fails only in decoding
        Path broken = TestImages.write(desk.resolve("broken.png"), TestImages.pngClaiming(600, 400));

        assertRefusedAndUntouched(broken, "error.photo.damaged");
    }

    @Test
    void detach_keepsAFileAnotherArticleStillUses_andDeletesItWithTheLastUse() throws IOException {
        Article other = draft("다른 기사");
        Path shared = photo("공유.jpg", 640, 480);
        Photo here = photos.attach(article.id(), List.of(shared), PhotoDetails.NONE, false)
                .get(0);
        Photo there = photos.attach(other.id(), List.of(shared), PhotoDetails.NONE, false)
                .get(0);
        Path original = photos.original(here);
        Path thumbnail = photos.rendition(here, Rendition.THUMBNAIL);

        photos.detach(article.id(), here.id());

        assertThat(photos.photos(article.id())).isEmpty();
        assertThat(original).exists();
        assertThat(thumbnail).exists();

        photos.detach(other.id(), there.id());

        assertThat(original).doesNotExist();
        assertThat(thumbnail.getParent()).doesNotExist();
        assertThat(originals()).isEmpty();
    }

    @Test
    void detachingTheLead_makesTheFirstRemainingPhotoTheLead_andClosesTheGap() {
        Photo first = attach("1.jpg", 300, 200);
        Photo second = attach("2.jpg", 300, 201);
        Photo third = attach("3.jpg", 300, 202);
        photos.makeLead(second.id());

        photos.detach(article.id(), second.id());

        assertThat(photos.photos(article.id()))
                .extracting(Photo::id, Photo::position, Photo::lead)
                .containsExactly(tuple(first.id(), 1, true), tuple(third.id(), 2, false));
    }

    @Test
    void detach_ofAPhotoOfAnotherArticle_isRefused_andKeepsIt() {
        Article other = draft("다른 기사");
        Photo p = attach("1.jpg", 300, 200);

        assertThatThrownBy(() -> photos.detach(other.id(), p.id()))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.photo.notOfArticle"));
        assertThat(photos.photos(article.id())).containsExactly(p);
    }

    @Test
    void makeLead_leavesExactlyOneLead() {
        Photo first = attach("1.jpg", 300, 200);
        Photo second = attach("2.jpg", 300, 201);

        photos.makeLead(second.id());

        assertThat(photos.photos(article.id()))
                .extracting(Photo::id, Photo::lead)
                .containsExactly(tuple(first.id(), false), tuple(second.id(), true));
    }

    @Test
    void reorder_takesAPermutation_andRefusesAnythingElse_keepingTheOrder() {
        Photo a = attach("1.jpg", 300, 200);
        Photo b = attach("2.jpg", 300, 201);
        Photo c = attach("3.jpg", 300, 202);

        photos.reorder(article.id(), List.of(c.id(), a.id(), b.id()));

        assertThat(photos.photos(article.id()))
                .extracting(Photo::id, Photo::position)
                .containsExactly(tuple(c.id(), 1), tuple(a.id(), 2), tuple(b.id(), 3));
        Photo foreign = photos.attach(draft("다른 기사").id(), List.of(photo("x.jpg", 100, 100)), PhotoDetails.NONE, false)
                .get(0);
        for (List<Long> bad : List.of(
                List.of(a.id(), b.id()),
                List.of(a.id(), a.id(), b.id()),
                List.of(a.id(), b.id(), foreign.id()),
                List.of(a.id(), b.id(), c.id(), c.id()))) {
            assertThatThrownBy(() -> photos.reorder(article.id(), bad))
                    .as(bad.toString())
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.photo.badOrder"));
        }
        assertThat(photos.photos(article.id())).extracting(Photo::id).containsExactly(c.id(), a.id(), b.id());
        assertThat(photos.photos(article.id()))
                .filteredOn(Photo::lead)
                .extracting(Photo::id)
                .containsExactly(a.id());
    }

    @Test
    void update_changesCaptionCreditAndAlt_only() {
        Photo p = attach("1.jpg", 300, 200);

        Photo updated = photos.update(p.id(), new PhotoDetails("구청장이 인사하고 있다", "사진=영등포구청", "인사하는 구청장"));

        assertThat(updated.details()).isEqualTo(new PhotoDetails("구청장이 인사하고 있다", "사진=영등포구청", "인사하는 구청장"));
        assertThat(updated.sha256()).isEqualTo(p.sha256());
        assertThat(photos.photos(article.id())).containsExactly(updated);
    }

    @Test
    void anUnknownArticleOrPhoto_isRefusedByItsId() {
        assertThatThrownBy(() -> photos.photos(987654))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.unknownArticle"));
        assertThatThrownBy(() -> photos.attach(987654, List.of(photo("1.jpg", 10, 10)), PhotoDetails.NONE, false))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.unknownArticle"));
        assertThatThrownBy(() -> photos.makeLead(987654))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.photo.unknown"));
    }

    @Test
    void theSizeLimit_isAPositiveWholeNumberOfMegabytes_settableLikeTheOutletsSettings() {
        assertThat(photos.maxBytes()).isEqualTo(50L * 1024 * 1024);

        context.settings().set("photos.maxMegabytes", "80", null);

        assertThat(photos.maxBytes()).isEqualTo(80L * 1024 * 1024);
        assertThat(context.settings().values())
                .containsEntry("photos.maxMegabytes", "80")
                .containsKey("outlet.name");
        for (String bad : new String[] {"0", "-5", "1.5", "80MB", "많이"}) {
            assertThatThrownBy(() -> context.settings().set("photos.maxMegabytes", bad, null))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.settingNotPositive"));
        }
        assertThat(photos.maxBytes()).isEqualTo(80L * 1024 * 1024);
        assertThatThrownBy(() -> context.settings().set("photos.colour", "1", null))
                .isInstanceOfSatisfying(
                        NewsroomException.class,
                        e -> assertThat((String) e.args()[1]).contains("photos.maxMegabytes"));
    }

    /** The article already has a photo; attaching a good file together with {@code bad} changes nothing. */
    private void assertRefusedAndUntouched(Path bad, String key) {
        Photo existing = attach("있던사진.jpg", 320, 240);
        Set<String> filesBefore = dataFiles();
        Article before = context.drafting().open(article.id());
        Path good = photo("새사진.jpg", 500, 300);

        assertThatThrownBy(() -> photos.attach(article.id(), List.of(good, bad), PhotoDetails.NONE, true))
                .isInstanceOfSatisfying(NewsroomException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()[0].toString())
                            .contains(bad.getFileName().toString());
                });
        assertThat(photos.photos(article.id())).containsExactly(existing);
        assertThat(dataFiles()).isEqualTo(filesBefore);
        assertThat(context.drafting().open(article.id())).isEqualTo(before);
    }

    private Article draft(String headline) {
        return context.drafting().create(new ArticleContent(headline, "", "사회", List.of(), headline + " 소식이다."), hong);
    }

    private Path photo(String name, int width, int height) {
        byte[] bytes = name.endsWith(".png") ? TestImages.png(width, height, false) : TestImages.jpeg(width, height);
        return TestImages.write(desk.resolve(name), bytes);
    }

    private Photo attach(String name, int width, int height) {
        return photos.attach(article.id(), List.of(photo(name, width, height)), PhotoDetails.NONE, false)
                .get(0);
    }

    private Set<String> originals() throws IOException {
        Path media = data.resolve("media");
        if (!Files.exists(media)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> media.relativize(f).toString())
                    .collect(Collectors.toSet());
        }
    }

    /** Every file under media/ and renditions/. */
    private Set<String> dataFiles() {
        Set<String> all = new TreeSet<>();
        for (String folder : new String[] {"media", "renditions"}) {
            Path root = data.resolve(folder);
            if (Files.exists(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile)
                            .forEach(f -> all.add(data.relativize(f).toString()));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return all;
    }

    private static Tuple tuple(Object... values) {
        return Tuple.tuple(values);
    }
}
