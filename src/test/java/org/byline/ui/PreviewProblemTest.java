package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.PhotoDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewProblemTest {
    @TempDir
    Path dir;

    @TempDir
    Path files;

    @Test
    void aPreviewThatCannotBeMade_saysWhyOnThePage_andTheTextStaysEditable() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            var a = c.drafting()
                    .create(
                            new ArticleContent("사진 기사", "", "포토", List.of(), "본문"),
                            c.staff().named("홍길동"));
            Path jpeg = files.resolve("p.jpg");
            ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());
            c.photos().attach(a.id(), List.of(jpeg), PhotoDetails.NONE, true);
            c.workspace().rememberOpenArticle(a.id());
        }
        // the photo files are lost (a disk fault, a careless cleanup)
        for (String folder : new String[] {"media", "renditions"}) {
            try (var walk = Files.walk(dir.resolve(folder))) {
                for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        try (RunningByline byline = RunningByline.open(dir)) {
            waitUntil(() -> byline.preview().text("previewProblem") != null);
            assertThat(byline.preview().text("previewProblem"))
                    .startsWith("미리보기를 만들지 못했습니다")
                    .contains("원본");
            byline.editor().typeBody(" 계속 쓴다");
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
    }
}
