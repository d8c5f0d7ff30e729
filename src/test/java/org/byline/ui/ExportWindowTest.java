package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.i18n.Messages;
import org.byline.imaging.TestImages;
import org.byline.ui.export.ExportView;
import org.byline.ui.export.ExportViewModel;
import org.byline.ui.fx.FxTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 내보내기 in the window: choose format and folder, watch the progress, read each article's outcome. */
class ExportWindowTest {
    @TempDir
    Path dir;

    @TempDir
    Path out;

    @TempDir
    Path files;

    private long approved;
    private long draft;

    @Test
    void theDeskExportsThreeArticles_oneIsWritten_theDraftAndTheUnknownOneAreNamed_thenTheDraftGoesToo()
            throws Exception {
        FxRobot robot = new FxRobot();
        Stage owner = FxToolkit.registerPrimaryStage();
        try (Context context = new Context(dir, Locale.KOREAN);
                FxTasks tasks = new FxTasks()) {
            Person lee = newsroom(context);
            Messages m = new Messages(Locale.KOREAN);
            ExportViewModel vm = new ExportViewModel(context.exports(), tasks, m, lee, List.of(approved, draft, 9999L));
            ExportView.FolderChoice theTestsFolder = (window, current) -> Optional.of(out);
            Stage window = WaitForAsyncUtils.asyncFx(() -> ExportView.show(owner, vm, m, theTestsFolder))
                    .get();

            robot.clickOn("#startExport");
            waitUntil(() -> text(robot, "#exportSummary").contains("폴더"));
            assertThat(text(robot, "#exportSummary")).isEqualTo("내보낼 폴더를 먼저 고르세요.");

            robot.clickOn("#chooseExportFolder");
            assertThat(robot.lookup("#exportFolder").queryAs(TextField.class).getText())
                    .isEqualTo(out.toString());
            robot.clickOn("#exportFormat");
            robot.clickOn("패키지 (.zip)");
            robot.clickOn("#startExport");
            waitUntil(() -> text(robot, "#exportSummary").equals("1건 내보냄, 2건 실패"));

            assertThat(robot.lookup("#exportProgress")
                            .queryAs(ProgressBar.class)
                            .getProgress())
                    .isEqualTo(1.0);
            @SuppressWarnings("unchecked")
            ListView<String> results = robot.lookup("#exportResults").queryAs(ListView.class);
            assertThat(results.getItems())
                    .containsExactly(
                            "기사 " + approved + ": " + out.resolve("article-" + approved + ".zip"),
                            "기사 " + draft + " 실패: " + m.get("export.notApproved", draft, m.status(Status.DRAFT)),
                            "기사 9999 실패: 기사 9999 이(가) 없습니다. 번호를 확인하세요 (list 로 목록을 볼 수 있습니다).");
            assertThat(out.resolve("article-" + approved + ".zip")).isRegularFile();
            assertThat(out.resolve("article-" + draft + ".zip")).doesNotExist();

            robot.clickOn("#exportDrafts");
            robot.clickOn("#startExport");
            waitUntil(() -> text(robot, "#exportSummary").equals("2건 내보냄, 1건 실패"));
            assertThat(out.resolve("article-" + draft + ".zip")).isRegularFile();
            try (var listing = Files.list(out)) {
                assertThat(listing.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("article-" + approved + ".zip", "article-" + draft + ".zip");
            }
            robot.clickOn("#closeExport");
            waitUntil(() -> !window.isShowing());
        } finally {
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void inTheMainWindow_twoRowsChosenInTheQueue_openTheExportForBoth() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, c -> {
            newsroom(c);
            c.workspace().useProfile(c.staff().named("홍길동"));
        })) {
            waitUntil(() -> byline.robot.lookup("#profileStart").tryQuery().isPresent());
            byline.click("#profileStart");
            TableView<?> queue = byline.node("#queue");
            waitUntil(() -> queue.getItems().size() == 2 && queue.getItems().get(1) != null);
            assertThat(byline.robot.lookup("#exportArticles").queryButton().isDisabled())
                    .isTrue();
            // the rows' cells come with the next layout pass, after the items
            waitUntil(() -> RunningByline.showing(queue, ".table-row-cell", 0) != null
                    && RunningByline.showing(queue, ".table-row-cell", 1) != null);

            byline.robot.clickOn(RunningByline.showing(queue, ".table-row-cell", 0));
            byline.robot.press(KeyCode.CONTROL);
            try {
                byline.robot.clickOn(RunningByline.showing(queue, ".table-row-cell", 1));
            } finally {
                byline.robot.release(KeyCode.CONTROL);
            }
            waitUntil(() -> queue.getSelectionModel().getSelectedItems().size() == 2);
            byline.click("#exportArticles");
            waitUntil(() -> byline.robot.lookup("#exportView").tryQuery().isPresent());
            assertThat(byline.robot
                            .lookup("#exportView .label")
                            .queryAs(Label.class)
                            .getText())
                    .isEqualTo("기사 2건을 내보냅니다");
            byline.click("#closeExport");
        }
    }

    /** 홍길동's approved article with a photo and his draft; returns the desk editor who exports. */
    private Person newsroom(Context c) {
        Person hong = c.staff().add("홍길동", "hong@tvseoul.kr", Role.REPORTER, null, null);
        Person lee = c.staff().add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
        c.settings().set("outlet.name", "TV서울", lee);
        approved = c.drafting()
                .create(new ArticleContent("구청 예산안 확정", "", "사회", List.of("예산"), "구청이 예산안을 확정했다."), hong)
                .id();
        Path photo = TestImages.write(files.resolve("council.jpg"), TestImages.jpeg(800, 600));
        c.photos().attach(approved, List.of(photo), new PhotoDetails("구청 전경", "사진=한빛구청", ""), true);
        c.desk().submit(approved, hong);
        c.desk().approve(approved, lee);
        draft = c.drafting()
                .create(new ArticleContent("아직 쓰는 기사", "", "사회", List.of(), "작성중"), hong)
                .id();
        return lee;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
