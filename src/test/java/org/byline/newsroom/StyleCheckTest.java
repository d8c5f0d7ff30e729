package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleCheckTest {
    @TempDir
    Path dir;

    private static final ArticleContent DRAFT = new ArticleContent("개통!", "", "사회", List.of(), "공사를 마치었다.");

    @Test
    void theRulesFile_isWrittenOnFirstUse_andAnOutletsEditTakesEffect() throws Exception {
        StyleCheck check = new StyleCheck(dir);
        assertThat(check.check(DRAFT)).extracting(f -> f.rule()).containsExactly("headline-question-exclamation");
        Path file = dir.resolve(StyleCheck.FILE_NAME);
        assertThat(file).exists();

        String edited = Files.readString(file).replace("\"rules\": [", """
                "rules": [
                    {"id": "machida", "kind": "pattern", "pattern": "마치었다", "message": "‘마치었다’는 ‘마쳤다’로",
                     "mustFlag": ["마치었다"], "mustPass": ["마쳤다"]},""");
        Files.writeString(file, edited);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(check.check(DRAFT)).extracting(f -> f.rule()).contains("machida");
    }

    @Test
    void aBrokenRule_isNamedWithItsFile() throws Exception {
        Files.writeString(dir.resolve(StyleCheck.FILE_NAME), """
                {"rules": [{"id": "bad", "kind": "pattern", "pattern": "([unclosed", "message": "x"}]}""");
        assertThatThrownBy(() -> new StyleCheck(dir).check(DRAFT))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.styleRule")
                .satisfies(e -> assertThat(((NewsroomException) e).args()).contains("bad"));
        Files.writeString(dir.resolve(StyleCheck.FILE_NAME), "{ not json");
        assertThatThrownBy(() -> new StyleCheck(dir).check(DRAFT))
                .hasFieldOrPropertyWithValue("key", "error.styleRulesFile");
    }
}
