package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;

class PhotoStripTest {
    @TempDir
    Path dir;

    @TempDir
    Path files;

    @Test
    void pastedPhotos_appearInTheStrip_andInThePreview_andABrokenFileIsNamedWithoutHarm() throws Exception {
        long id;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            Article a = c.drafting()
                    .create(
                            new ArticleContent("사진 기사", "", "포토", List.of(), "첫 문단.\n\n[[사진2]]\n\n둘째 문단."),
                            c.staff().named("홍길동"));
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
        Path market = photo("market.jpg", new Color(200, 80, 40));
        Path council = photo("council.jpg", new Color(40, 90, 200));
        Path broken = Files.writeString(files.resolve("broken.jpg"), "이것은 사진이 아니다");

        try (RunningByline byline = RunningByline.open(dir)) {
            byline.editor().waitForArticle("사진 기사");
            paste(byline, market, council);
            waitUntil(() -> byline.photos().tiles() == 2);
            waitUntil(() -> byline.preview().imagesIn("lead-photo") == 1);
            waitUntil(() -> byline.preview().imagesIn("body") == 1);

            byline.photos().describe(1, "시장 상인들이 손님을 맞고 있다", "사진=한빛구청");
            byline.robot.type(KeyCode.ENTER);
            waitUntil(() -> "(사진=한빛구청)"
                    .equals(byline.preview()
                            .read(doc -> ((Element) doc.getElementById("lead-photo")
                                            .getElementsByTagName("figcaption")
                                            .item(0))
                                    .getElementsByTagName("span")
                                    .item(1)
                                    .getTextContent())));

            paste(byline, broken);
            waitUntil(() -> byline.photos().problem().contains("broken.jpg"));
            assertThat(byline.photos().tiles()).isEqualTo(2);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.photos().photos(id)).extracting(p -> p.caption()).containsExactly("시장 상인들이 손님을 맞고 있다", "");
            assertThat(c.photos().photos(id).get(0).lead()).isTrue();
        }
    }

    @Test
    void aCopiedPicture_pastedIntoTheText_becomesAPhoto() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, c -> {
            RunningByline.reporterAtTvSeoul(c);
            var a = c.drafting()
                    .create(
                            new ArticleContent("화면 갈무리", "", "사회", List.of(), "본문"),
                            c.staff().named("홍길동"));
            c.workspace().rememberOpenArticle(a.id());
        })) {
            byline.editor().waitForArticle("화면 갈무리");
            WaitForAsyncUtils.asyncFx(() -> {
                        WritableImage picture = new WritableImage(320, 200);
                        for (int y = 0; y < 200; y++) {
                            for (int x = 0; x < 320; x++) {
                                picture.getPixelWriter().setArgb(x, y, 0xFF000000 | (x << 16) | (y << 8) | 0x80);
                            }
                        }
                        ClipboardContent content = new ClipboardContent();
                        content.putImage(picture);
                        Clipboard.getSystemClipboard().setContent(content);
                    })
                    .get();
            byline.click("#body");
            byline.robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
            waitUntil(() -> byline.photos().tiles() == 1);
            assertThat(byline.editor().body()).isEqualTo("본문");
        }
    }

    private void paste(RunningByline byline, Path... photos) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putFiles(Arrays.stream(photos).map(Path::toFile).toList());
                    Clipboard.getSystemClipboard().setContent(content);
                })
                .get();
        byline.click("#body"); // a picture pasted into the text goes to the photos
        byline.robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    }

    private Path photo(String name, Color color) throws Exception {
        BufferedImage image = new BufferedImage(800, 533, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 800, 533);
        g.setColor(Color.WHITE);
        g.fillOval(300, 160, 200, 200);
        g.dispose();
        File file = files.resolve(name).toFile();
        ImageIO.write(image, "jpg", file);
        return file.toPath();
    }
}
