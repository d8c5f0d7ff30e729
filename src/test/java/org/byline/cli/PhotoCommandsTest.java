package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.byline.imaging.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** attach, photos, detach and the photos in show --format json, as a script uses them. */
class PhotoCommandsTest {
    @TempDir
    Path dir;

    private CliRunner byline;
    private Path desk;
    private String article;

    @BeforeEach
    void articleWithoutPhotos() {
        byline = new CliRunner(dir.resolve("data"));
        desk = dir.resolve("desk");
        byline.addHong();
        article = byline.newArticle("구청장회의 열려");
    }

    @Test
    void attach_printsOnlyTheNewPhotoIds_oneALine() {
        Path one = TestImages.write(desk.resolve("1.jpg"), TestImages.jpeg(800, 600));
        Path two = TestImages.write(desk.resolve("2.png"), TestImages.png(300, 200, true));

        Run run = byline.at(
                "attach",
                article,
                one.toString(),
                two.toString(),
                "--caption",
                "구청장이 인사하고 있다",
                "--credit",
                "사진=영등포구청",
                "--as",
                "홍길동");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\d+\\n\\d+\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void photosAsJson_areObjectsWithIntegerSizesAndRenditionFiles() {
        Path photo = TestImages.write(
                desk.resolve("설명회.jpg"),
                TestImages.withSegments(
                        TestImages.jpeg(400, 300),
                        TestImages.exifSegment(new TestImages.Exif(6, "2024:05:01 14:30:00", null, null, null)),
                        TestImages.iptcSegment(Map.of(120, "주민 설명회", 110, "영등포구청"), Charset.forName("EUC-KR"))));
        String id = byline.at("attach", article, photo.toString(), "--as", "홍길동")
                .out()
                .strip();

        Run run = byline.at("photos", article, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode photos = run.json();
        assertThat(photos).hasSize(1);
        JsonNode p = photos.get(0);
        assertThat(p.get("id").asText()).isEqualTo(id);
        assertThat(p.get("width").isInt()).isTrue();
        assertThat(p.get("width").asInt()).isEqualTo(300);
        assertThat(p.get("height").asInt()).isEqualTo(400);
        assertThat(p.get("position").asInt()).isEqualTo(1);
        assertThat(p.get("lead").asBoolean()).isTrue();
        assertThat(p.get("originalName").asText()).isEqualTo("설명회.jpg");
        assertThat(p.get("caption").asText()).isEqualTo("주민 설명회");
        assertThat(p.get("credit").asText()).isEqualTo("사진=영등포구청");
        assertThat(p.get("alt").asText()).isEqualTo("주민 설명회");
        assertThat(p.get("capturedAt").asText()).isEqualTo("2024-05-01T14:30:00+09:00");
        for (String size : new String[] {"thumbnail", "view", "base"}) {
            Path file = Path.of(p.get("renditions").get(size).asText());
            assertThat(file).isAbsolute().exists().hasFileName(size + ".jpg");
        }
    }

    @Test
    void photosAsText_showIdPositionLeadSizeCreditAndCaption() {
        Path photo = TestImages.write(desk.resolve("1.jpg"), TestImages.jpeg(640, 480));
        String id = byline.at(
                        "attach", article, photo.toString(), "--caption", "회의 모습", "--credit", "사진=구청", "--as", "홍길동")
                .out()
                .strip();

        Run run = byline.at("photos", article);

        assertThat(run.out()).isEqualTo(id + "\t1\t대표\t640×480\t사진=구청\t회의 모습\n");
    }

    @Test
    void showAsJson_includesThePhotos() {
        Path photo = TestImages.write(desk.resolve("1.jpg"), TestImages.jpeg(640, 480));
        byline.at("attach", article, photo.toString(), "--as", "홍길동");

        JsonNode json = byline.at("show", article, "--format", "json").json();

        assertThat(json.get("headline").asText()).isEqualTo("구청장회의 열려");
        assertThat(json.get("photos")).hasSize(1);
        assertThat(json.get("photos").get(0).get("width").asInt()).isEqualTo(640);
        assertThat(json.get("photos").get(0).get("renditions").get("view").asText())
                .endsWith("view.jpg");
        assertThat(json.get("photos").get(0).get("capturedAt").isNull()).isTrue();
    }

    @Test
    void detach_takesThePhotoOff_andItsFileWithIt() throws Exception {
        Path photo = TestImages.write(desk.resolve("1.jpg"), TestImages.jpeg(640, 480));
        String id = byline.at("attach", article, photo.toString(), "--as", "홍길동")
                .out()
                .strip();
        Path base = Path.of(byline.at("photos", article, "--json")
                .json()
                .get(0)
                .get("renditions")
                .get("base")
                .asText());

        Run run = byline.at("detach", article, id, "--as", "홍길동");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(byline.at("photos", article, "--json").json()).isEmpty();
        assertThat(base).doesNotExist();
        assertThat(filesUnder(dir.resolve("data/media"))).isZero();
    }

    @Test
    void aBadFile_exitsWithOneLineOnStderr_andAttachesNothing() throws Exception {
        Path good = TestImages.write(desk.resolve("good.jpg"), TestImages.jpeg(640, 480));
        Path text = TestImages.write(desk.resolve("보도자료.jpg"), "보도자료".getBytes(StandardCharsets.UTF_8));

        Run run = byline.at("attach", article, good.toString(), text.toString(), "--as", "홍길동");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("byline: ")
                .contains("보도자료.jpg")
                .contains("JPEG")
                .doesNotContain("Exception");
        assertThat(byline.at("photos", article, "--json").json()).isEmpty();
        assertThat(filesUnder(dir.resolve("data/media")))
                .as("nothing left in media/")
                .isZero();
    }

    private static long filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theSizeLimit_isSetLikeAnyOtherSetting() {
        assertThat(byline.at("settings", "set", "photos.maxMegabytes", "80").exit())
                .isZero();
        assertThat(byline.at("settings").out()).contains("photos.maxMegabytes\t80");

        Run bad = byline.at("settings", "set", "photos.maxMegabytes", "많이");

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("photos.maxMegabytes").contains("많이");
    }
}
