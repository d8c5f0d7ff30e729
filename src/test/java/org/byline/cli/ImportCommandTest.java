package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.byline.cli.CliRunner.Run;
import org.byline.exchange.imports.TestPackages;
import org.byline.exchange.imports.TestPackages.Picture;
import org.byline.imaging.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, as a script uses it: ids on stdout only, a named refusal per bad file on stderr. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private CliRunner byline;
    private Path desk;

    @BeforeEach
    void reporter() throws Exception {
        byline = new CliRunner(dir.resolve("data"));
        desk = Files.createDirectories(dir.resolve("desk"));
        byline.addHong();
    }

    @Test
    void import_printsEachNewArticlesId_oneALine_andNothingElse() throws Exception {
        Path text =
                Files.writeString(desk.resolve("보도자료.txt"), "구의회 임시회 개회\n\n조례안 12건이 상정됐다.\n", StandardCharsets.UTF_8);
        Picture photo = new Picture(TestImages.jpeg(640, 480), "개회식", "사진=구의회");
        Path zip = TestPackages.write(
                desk.resolve("package.zip"), TestPackages.ninjs("야간 도서관", List.of(photo)), List.of(photo));

        Run run = byline.at("import", text.toString(), zip.toString(), "--as", "홍길동");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\d+\\n\\d+\\n");
        assertThat(run.err()).isEmpty();
        String first = run.out().lines().findFirst().orElseThrow();
        Run shown = byline.at("show", first, "--format", "json");
        assertThat(shown.json().get("headline").asText()).isEqualTo("구의회 임시회 개회");
        assertThat(shown.json().get("status").asText()).isEqualTo("draft");
        Run history = byline.at("history", first);
        assertThat(history.out()).contains("import").contains("보도자료.txt");
        Run submit = byline.at("submit", first, "--as", "홍길동");
        assertThat(submit.exit()).as(submit.err()).isZero();
    }

    @Test
    void aBadFile_isNamedOnStderr_importsNothing_andTheOthersStillComeIn() throws Exception {
        Path good = Files.writeString(desk.resolve("good.txt"), "좋은 기사\n\n본문.\n", StandardCharsets.UTF_8);
        Path bomb = TestPackages.bomb(desk.resolve("bomb.zip"), 40);
        Path slip = TestPackages.zip(desk.resolve("slip.zip"), Map.of("../evil.txt", new byte[] {1}));

        Run run = byline.at("import", bomb.toString(), good.toString(), slip.toString(), "--as", "홍길동");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).matches("\\d+\\n");
        assertThat(run.err().lines().toList()).hasSize(2);
        assertThat(run.err())
                .contains("bomb.zip: ")
                .contains("압축 폭탄")
                .contains("slip.zip: ")
                .contains("../evil.txt");
        assertThat(byline.articleCount()).isEqualTo(1);
    }

    @Test
    void aPackageWithAPngBomb_isRefusedAsADamagedPhoto_leavesNoFileInMedia_andTheNextFileStillComesIn()
            throws Exception {
        Picture bomb = new Picture(TestImages.pngWithTextInflatingTo(400, 300, 64L << 20), "폭탄", "");
        Path zip = TestPackages.write(
                desk.resolve("png-ztxt-bomb.zip"), TestPackages.ninjs("사진 폭탄", List.of(bomb)), List.of(bomb));
        Path good = Files.writeString(desk.resolve("good.txt"), "좋은 기사\n\n본문.\n", StandardCharsets.UTF_8);

        Run run = byline.at("import", zip.toString(), good.toString(), "--as", "홍길동");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).matches("\\d+\\n");
        assertThat(run.err()).startsWith("byline: png-ztxt-bomb.zip: ").contains("손상");
        assertThat(byline.articleCount()).isEqualTo(1);
        Path media = dir.resolve("data").resolve("media");
        try (var files = Files.exists(media) ? Files.walk(media) : Stream.<Path>empty()) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /**
     * A photo whose decoding needs more memory than the process has (here a small heap and a
     * full-size decode) is refused by name; the import goes on with the next file and leaves no
     * original in media/. Run as a separate Byline with a 48 MB heap, as the window would meet it.
     */
    @Test
    void aPhotoThatExhaustsTheHeap_refusesItsFileOnly_andLeavesNoOriginalInMedia() throws Exception {
        BufferedImage big = new BufferedImage(2790, 2790, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < big.getHeight(); y += 97) {
            for (int x = 0; x < big.getWidth(); x++) {
                big.setRGB(x, y, x * 2654435 + y);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        Picture heavy = new Picture(png.toByteArray(), "큰 사진", "");
        Path zip = TestPackages.write(
                desk.resolve("heap-exhausting-photo.zip"),
                TestPackages.ninjs("큰 사진 기사", List.of(heavy)),
                List.of(heavy));
        Path good = Files.writeString(desk.resolve("good.txt"), "좋은 기사\n\n본문.\n", StandardCharsets.UTF_8);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx48m",
                        "-Dfile.encoding=UTF-8",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.byline.app.Main",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--lang",
                        "ko",
                        "import",
                        zip.toString(),
                        good.toString(),
                        "--as",
                        "홍길동")
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(err).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out.txt"))).as(err).matches("\\d+\\R");
        assertThat(err).startsWith("byline: heap-exhausting-photo.zip: ").contains("메모리");
        assertThat(byline.articleCount()).isEqualTo(1);
        Path media = dir.resolve("data").resolve("media");
        try (var files = Files.exists(media) ? Files.walk(media) : Stream.<Path>empty()) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anUnknownProfile_isRefused_withoutReadingTheFiles() throws Exception {
        Path good = Files.writeString(desk.resolve("good.txt"), "좋은 기사\n\n본문.\n", StandardCharsets.UTF_8);

        Run run = byline.at("import", good.toString(), "--as", "없는사람");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(byline.articleCount()).isZero();
    }
}
