package org.byline.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleLongProperty;
import javax.imageio.ImageIO;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strip's rules without a window: order, lead, captions, removal, and a bad file among good ones. */
class PhotoStripViewModelTest {
    @TempDir
    Path dir;

    @TempDir
    Path files;

    private Context context;
    private PhotoStripViewModel strip;
    private final SimpleLongProperty open = new SimpleLongProperty();

    @BeforeEach
    void openArticle() {
        context = new Context(dir, Locale.KOREAN);
        var reporter = context.staff().addReporter("홍길동", "");
        Article article = context.drafting().create(new ArticleContent("사진 기사", "", "포토", List.of(), "본문"), reporter);
        open.set(article.id());
        tasks = new DirectTasks();
        strip = new PhotoStripViewModel(
                context.photos(), tasks, context.messages(), (then, failed) -> then.accept(open.get()), open);
    }

    private DirectTasks tasks;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void twentyPhotosDroppedWithABrokenOne_attachTheGoodOnes_andNameTheBadOne() throws Exception {
        List<Path> dropped = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            dropped.add(jpeg("사진" + i + ".jpg", new Color(10 * i, 100, 200 - 5 * i)));
        }
        dropped.add(10, Files.writeString(files.resolve("메모.jpg"), "사진이 아닌 글"));

        strip.attach(dropped);

        assertThat(strip.items()).hasSize(20);
        assertThat(strip.problemProperty().get()).contains("메모.jpg");
        assertThat(strip.busyProperty().get()).isFalse();
        assertThat(strip.items().get(0).photo().lead()).isTrue();
        assertThat(strip.items().get(0).thumbnailUrl()).startsWith("file:");
    }

    @Test
    void aCaptionTypedWithoutPause_isStoredWithinASecond_andWhatIsTypedLastWins() throws Exception {
        strip.attach(List.of(jpeg("a.jpg", Color.RED), jpeg("b.jpg", Color.GREEN)));
        String caption = "영등포구청 앞 광장에서 열린 개막식";
        for (int i = 1; i <= caption.length(); i++) {
            strip.typed(strip.selectedProperty().get(), new PhotoDetails(caption.substring(0, i), "", ""));
            tasks.advance(Duration.ofMillis(100));
            if (i >= 10) {
                assertThat(stored(0).caption())
                        .as("after %d keys", i)
                        .isNotEmpty()
                        .startsWith(caption.substring(0, i - 9)); // nothing typed a second ago is missing
            }
        }
        tasks.advance(Duration.ofSeconds(1));
        assertThat(stored(0).caption()).isEqualTo(caption);

        // a caption still waiting for its pause is saved when another photo is chosen
        strip.typed(strip.selectedProperty().get(), new PhotoDetails(caption, "사진=영등포구청", ""));
        strip.selectedProperty().set(strip.items().get(1));
        strip.saveTyped();
        assertThat(stored(0).credit()).isEqualTo("사진=영등포구청");
        assertThat(stored(1).credit()).isEmpty();
    }

    private Photo stored(int index) {
        return context.photos().photos(open.get()).get(index);
    }

    @Test
    void dragging_reorders_andTheLeadCaptionAndRemovalAreKept() throws Exception {
        strip.attach(List.of(jpeg("a.jpg", Color.RED), jpeg("b.jpg", Color.GREEN), jpeg("c.jpg", Color.BLUE)));
        var c = strip.items().get(2);

        strip.move(c, 0);
        assertThat(strip.items()).extracting(i -> i.photo().originalName()).containsExactly("c.jpg", "a.jpg", "b.jpg");
        assertThat(strip.items()).extracting(i -> i.photo().position()).containsExactly(1, 2, 3);

        strip.makeLead(strip.items().get(2));
        assertThat(strip.items()).extracting(i -> i.photo().lead()).containsExactly(false, false, true);

        strip.describe(strip.items().get(0), new PhotoDetails("시장 골목", "사진=한빛구청", ""));
        assertThat(context.photos().photos(open.get()).get(0).caption()).isEqualTo("시장 골목");

        long revision = strip.revisionProperty().get();
        strip.remove(strip.items().get(2));
        assertThat(strip.items()).extracting(i -> i.photo().originalName()).containsExactly("c.jpg", "a.jpg");
        assertThat(strip.items().get(0).photo().lead())
                .as("the first remaining photo leads")
                .isTrue();
        assertThat(strip.revisionProperty().get()).as("the preview is told").isGreaterThan(revision);
    }

    private Path jpeg(String name, Color color) throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
