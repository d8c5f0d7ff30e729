package org.byline.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.ui.fx.DirectTasks;
import org.byline.ui.fx.OwnStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk bar on its own, in a stage of its own, over a real store: the buttons a person sees
 * and what pressing them does. No whole window is needed to try the bar.
 */
class DeskBarViewTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final SimpleObjectProperty<Article> open = new SimpleObjectProperty<>();
    private Context newsroom;
    private Person reporter;
    private Person desk;
    private Stage stage;

    @BeforeEach
    void aNewsroomAndAStage() throws Exception {
        newsroom = new Context(dir, Locale.KOREAN);
        reporter = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = newsroom.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray(), null);
    }

    @AfterEach
    void close() throws Exception {
        OwnStage.close(stage);
        newsroom.close();
    }

    /** The bar as {@code me} sees it with {@code article} open; after an action it shows the new state. */
    private void showBar(Person me, Article article) throws Exception {
        DeskBarViewModel vm = new DeskBarViewModel(
                open,
                newsroom.desk(),
                new DirectTasks(),
                newsroom.messages(),
                me,
                () -> {},
                open::set,
                newsroom.drafting()::open);
        stage = OwnStage.show(() -> new DeskBar(vm, newsroom.messages()), 900, 200); // as wide as over an editor
        WaitForAsyncUtils.asyncFx(() -> open.set(article)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> buttons() {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible)
                .map(Button::getText)
                .toList();
    }

    @Test
    void aReporterSeesOnlySubmitOnTheirDraft_andPressingItFilesIt() throws Exception {
        Article draft =
                newsroom.drafting().create(new ArticleContent("구청장 기자회견", "", "사회", List.of(), "본문."), reporter);
        showBar(reporter, draft);

        assertThat(buttons()).containsExactly("송고");
        robot.clickOn("#submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(newsroom.drafting().open(draft.id()).status()).isEqualTo(Status.SUBMITTED);
        assertThat(buttons()).as("nothing more for the reporter once filed").doesNotContain("송고");
    }

    @Test
    void theDeskReturnsAFiledArticleWithANote_andTheReporterWillSeeIt() throws Exception {
        Article draft =
                newsroom.drafting().create(new ArticleContent("시장 상인회 간담회", "", "경제", List.of(), "본문."), reporter);
        Article filed = newsroom.desk().submit(draft.id(), reporter);
        showBar(desk, filed);

        assertThat(buttons()).contains("승인", "반려").doesNotContain("송고");
        robot.clickOn("#return");
        robot.clickOn("#returnNoteInput").write("상인회장 발언을 확인하세요");
        robot.clickOn("#sendReturn");
        WaitForAsyncUtils.waitForFxEvents();

        Article back = newsroom.drafting().open(filed.id());
        assertThat(back.status()).isEqualTo(Status.DRAFT);
        assertThat(back.returnNote()).isEqualTo("상인회장 발언을 확인하세요");
        assertThat(robot.lookup("#returnNote").queryAs(Label.class).getText()).contains("상인회장 발언을 확인하세요");
    }
}
