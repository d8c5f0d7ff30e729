package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TextField;
import org.byline.app.Context;
import org.byline.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsWindowTest {
    @TempDir
    Path dir;

    @Test
    void theOutletNameSetInTheWindow_changesThePreview_andABadSiteAddressIsRefused() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.type("#headline", "제목");
            waitUntil(() -> "TV서울".equals(byline.previewText("masthead")));
            byline.robot.clickOn("#settings");
            waitUntil(() -> byline.robot.lookup("#setting-outlet-name").tryQuery().isPresent());
            TextField name = byline.node("#setting-outlet-name");
            waitUntil(() -> "TV서울".equals(name.getText()));
            byline.robot.doubleClickOn(name).eraseText(5).write("한빛일보");
            byline.robot.clickOn("#saveSettings");
            waitUntil(() -> byline.text("#settingsDone").contains("저장"));
            waitUntil(() -> "한빛일보".equals(byline.previewText("masthead")));

            TextField site = byline.node("#setting-outlet-site");
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> site.setText("www.hanbit.kr")).get();
            byline.robot.clickOn("#saveSettings");
            waitUntil(() -> byline.text("#settingsProblem").contains("http"));
            byline.robot.type(javafx.scene.input.KeyCode.ESCAPE);
        }
    }

    @Test
    void onceThereIsAnAdmin_aReporterReadsTheSettingsButCannotChangeThem() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, c -> {
            RunningByline.reporterAtTvSeoul(c);
            c.staff().add("관리자", "", Role.ADMIN, "관리자비밀번호2026".toCharArray(), null);
            c.workspace().useProfile(c.staff().named("홍길동"));
        })) {
            waitUntil(() -> byline.robot.lookup("#profileStart").tryQuery().isPresent());
            byline.robot.clickOn("#profileStart");
            waitUntil(() -> byline.robot.lookup("#settings").tryQuery().isPresent());
            byline.robot.clickOn("#settings");
            waitUntil(() -> byline.robot.lookup("#setting-outlet-name").tryQuery().isPresent());
            TextField name = byline.node("#setting-outlet-name");
            waitUntil(() -> !name.isEditable());
            assertThat(byline.robot.lookup("#saveSettings").queryButton().isDisabled()).isTrue();
            byline.robot.type(javafx.scene.input.KeyCode.ESCAPE);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.outlet().outlet().name()).isEqualTo("TV서울");
        }
    }
}
