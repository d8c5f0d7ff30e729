package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class SettingsWindowTest {
    @TempDir
    Path dir;

    @Test
    void theOutletNameSetInTheWindow_changesThePreview_andABadSiteAddressIsRefused() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("제목");
            waitUntil(() -> "TV서울".equals(byline.previewText("masthead")));
            byline.settings().open();
            waitUntil(
                    () -> byline.robot.lookup("#setting-outlet-name").tryQuery().isPresent());
            TextField name = byline.node("#setting-outlet-name");
            waitUntil(() -> "TV서울".equals(name.getText()));
            byline.robot.doubleClickOn(name).eraseText(5).write("한빛일보");
            byline.settings().save();
            waitUntil(() -> byline.settings().done().contains("저장"));
            waitUntil(() -> "한빛일보".equals(byline.previewText("masthead")));

            TextField site = byline.node("#setting-outlet-site");
            WaitForAsyncUtils.asyncFx(() -> site.setText("www.hanbit.kr")).get();
            // said at the field before saving, by the rule that refuses it on save
            waitUntil(() -> byline.text("#settingsCheck").contains("‘www.hanbit.kr’ 는 http:// 또는 https:// 로 시작해야"));
            assertThat(Overlays.fieldMarks()).anyMatch(t -> t.contains("www.hanbit.kr"));
            byline.settings().save();
            waitUntil(() -> byline.settings().problem().contains("http"));
            byline.robot.type(KeyCode.ESCAPE);
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
            byline.click("#profileStart");
            byline.settings().open();
            waitUntil(
                    () -> byline.robot.lookup("#setting-outlet-name").tryQuery().isPresent());
            TextField name = byline.node("#setting-outlet-name");
            waitUntil(() -> !name.isEditable());
            assertThat(byline.robot.lookup("#saveSettings").queryButton().isDisabled())
                    .isTrue();
            byline.robot.type(KeyCode.ESCAPE);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.outlet().outlet().name()).isEqualTo("TV서울");
        }
    }

    @Test
    void sectionsAreAddedRetiredAndReordered_inTheWindow_andTheEditorAndTheTargetsFollow() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("섹션");
            byline.settings().open();
            byline.settings().tab("sectionsTab");
            ListView<Section> list = byline.node("#sectionList");
            waitUntil(() -> list.getItems().size() == 5);

            WaitForAsyncUtils.asyncFx(
                            () -> byline.<TextField>node("#sectionName").setText("연예"))
                    .get();
            byline.click("#addSection");
            waitUntil(() -> list.getItems().size() == 6);
            // the new section has a length target field of its own
            waitUntil(() -> byline.robot
                    .lookup("#setting-manuscript-target-연예")
                    .tryQuery()
                    .isPresent());

            WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(4)).get(); // 포토
            byline.click("#retireSection");
            waitUntil(() -> list.getItems().get(4).retired());
            waitUntil(() -> "다시 쓰기".equals(byline.<Button>node("#retireSection").getText()));
            waitUntil(() -> RunningByline.shownTexts(list, ".list-cell").contains("포토 (닫음)"));

            WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(5)).get(); // 연예
            byline.click("#sectionUp");
            waitUntil(() -> list.getItems().get(4).name().equals("연예"));
            byline.robot.type(KeyCode.ESCAPE);

            // the editor offers the sections in use, in the new order
            ComboBox<String> section = byline.node("#section");
            waitUntil(() -> section.getItems().equals(List.of("정치", "경제", "사회", "문화", "연예")));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().allSectionNames()).containsExactly("정치", "경제", "사회", "문화", "연예", "포토");
            assertThat(c.drafting().sectionNames()).doesNotContain("포토");
        }
    }

    @Test
    void aBadSectionName_isRefusedInTheWindow_withTheReason() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.settings().open();
            byline.settings().tab("sectionsTab");
            WaitForAsyncUtils.asyncFx(
                            () -> byline.<TextField>node("#sectionName").setText("정치"))
                    .get();
            byline.click("#addSection");
            waitUntil(() -> byline.settings().problem().contains("이미 있습니다"));
            byline.robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void aBadEmailInTheNewProfileForm_isMarkedAsItIsTyped_andAddingItIsStillRefused() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.settings().open();
            byline.settings().tab("peopleTab");
            ListView<Person> people = byline.node("#profiles");
            waitUntil(() -> people.getItems().size() == 1);
            assertThat(byline.text("#personCheck")).isEmpty();
            assertThat(Overlays.fieldMarks()).isEmpty();

            byline.type("#newPersonName", "박기자");
            byline.type("#newPersonEmail", "park@tvseoul");
            waitUntil(() -> byline.text("#personCheck").contains("‘park@tvseoul’ 은(는) 이메일 주소가 아닙니다"));
            assertThat(Overlays.fieldMarks()).anyMatch(t -> t.contains("이메일 주소가 아닙니다"));
            // the mark is a courtesy: the newsroom still refuses the profile, in the same words
            byline.click("#addPerson");
            waitUntil(() -> byline.settings().problem().contains("‘park@tvseoul’ 은(는) 이메일 주소가 아닙니다"));
            assertThat(people.getItems()).hasSize(1);

            // the form was emptied by the refused attempt: typed again, right this time
            WaitForAsyncUtils.asyncFx(() -> {
                        byline.<TextField>node("#newPersonName").clear();
                        byline.<TextField>node("#newPersonEmail").clear();
                    })
                    .get();
            byline.type("#newPersonName", "박기자");
            byline.type("#newPersonEmail", "park@tvseoul.kr");
            waitUntil(() -> byline.text("#personCheck").isEmpty());
            assertThat(Overlays.fieldMarks()).isEmpty();
            byline.click("#addPerson");
            waitUntil(() -> byline.settings().done().contains("‘박기자’ 프로필을 추가했습니다"));
            waitUntil(() -> people.getItems().size() == 2);
            byline.robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void theNewProfileForm_namesTheChosenRole_andShowsItsButtonWhole() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.settings().open();
            byline.settings().tab("peopleTab");
            ComboBox<?> role = byline.node("#newPersonRole");
            waitUntil(() -> "기자".equals(((ListCell<?>) role.getButtonCell()).getText()));
            Button add = byline.node("#addPerson");
            assertThat(add.getWidth()).isGreaterThanOrEqualTo(add.prefWidth(-1));
            byline.robot.type(KeyCode.ESCAPE);
        }
    }
}
