package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class HistoryTabTest {
    @TempDir
    Path dir;

    @Test
    void twoKeptCopies_showSideBySide_withTheChangedSyllablesMarked_andAnOldOneComesBack() throws Exception {
        long id;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            var hong = c.staff().named("홍길동");
            Article a = c.drafting()
                    .create(new ArticleContent("구청장 기자회견", "", "사회", List.of(), "구청장이 27일 기자회견을 열었다."), hong);
            c.revisions().record(a.id(), Revision.MANUAL, hong);
            Article now = c.drafting().open(a.id());
            c.drafting().save(a.id(), now.version(), now.content().withBody("구청장은 28일 기자회견을 열었다."));
            c.revisions().record(a.id(), Revision.MANUAL, hong);
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
        try (RunningByline byline = RunningByline.open(dir)) {
            waitUntil(() -> byline.editor().body().startsWith("구청장은 28일"));
            byline.click("#historyTab");
            ListView<Object> history = byline.node("#history");
            ListView<Revision> revisions = byline.node("#revisions");
            waitUntil(
                    () -> revisions.getItems().size() == 2 && history.getItems().isEmpty());

            WaitForAsyncUtils.asyncFx(() -> revisions.getSelectionModel().selectRange(0, 2))
                    .get();
            GridPane diff = byline.node("#revisionDiff");
            waitUntil(() -> !marked(diff, "diff-removed").isEmpty());
            List<String> removed = marked(diff, "diff-removed");
            List<String> added = marked(diff, "diff-added");
            assertThat(removed).containsExactly("이", "7");
            assertThat(added).containsExactly("은", "8");

            byline.editor().typeBody(" 덧붙임");
            WaitForAsyncUtils.asyncFx(() -> revisions.getSelectionModel().clearAndSelect(1))
                    .get(); // copy 1, the first text
            byline.click("#restoreRevision");
            waitUntil(() -> byline.editor().body().startsWith("구청장이 27일"));
            waitUntil(() -> revisions.getItems().size() == 4);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).content().body()).isEqualTo("구청장이 27일 기자회견을 열었다.");
            assertThat(c.revisions().list(id))
                    .extracting(Revision::kind)
                    .containsExactly(Revision.RESTORE, Revision.MANUAL, Revision.MANUAL, Revision.MANUAL);
            assertThat(c.revisions().list(id).get(1).content().body())
                    .as("what was on screen is kept before the restore")
                    .isEqualTo("구청장은 28일 기자회견을 열었다. 덧붙임");
        }
    }

    private static List<String> marked(GridPane diff, String style) {
        return diff.getChildren().stream()
                .filter(n -> n instanceof TextFlow)
                .flatMap(n -> ((TextFlow) n).getChildren().stream())
                .filter(n -> n instanceof Text && n.getStyleClass().contains(style))
                .map(n -> ((Text) n).getText())
                .toList();
    }
}
