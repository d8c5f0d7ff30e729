package org.byline.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Section;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.ui.fx.DirectTasks;
import org.byline.ui.settings.SettingsViewModel.SectionChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window's rules without a window, on a real store: what is saved, what is refused and why, in Korean. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private Person hong;
    private final DirectTasks tasks = new DirectTasks();
    private int changedCalls;

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        newsroom.settings().set("outlet.name", "TV서울", null);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private SettingsViewModel settingsFor(Person me) {
        return new SettingsViewModel(
                newsroom.settings(),
                newsroom.staff(),
                newsroom.sections(),
                newsroom.sites(),
                tasks,
                newsroom.messages(),
                me,
                () -> changedCalls++);
    }

    private static List<String> sectionNames(SettingsViewModel settings) {
        return settings.sections().stream().map(Section::name).toList();
    }

    @Test
    void theWindowShowsTheStoredSettings_andSavesOnlyWhatChanged() {
        SettingsViewModel settings = settingsFor(hong);

        assertThat(settings.keys()).contains("outlet.name", "outlet.site", "photos.maxMegabytes", "manuscript.sheet");
        assertThat(settings.value("outlet.name").get()).isEqualTo("TV서울");
        assertThat(settings.mayChangeProperty().get())
                .as("no admin yet: anyone may")
                .isTrue();
        assertThat(settings.people()).extracting(Person::name).containsExactly("홍길동");

        settings.value("outlet.name").set("한빛일보");
        settings.value("photos.maxMegabytes").set("25");
        settings.save();

        assertThat(settings.doneProperty().get()).isEqualTo("설정 2개를 저장했습니다");
        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(newsroom.settings().values())
                .containsEntry("outlet.name", "한빛일보")
                .containsEntry("photos.maxMegabytes", "25");
        assertThat(changedCalls).as("the preview and the queue are told").isEqualTo(1);

        settings.save();
        assertThat(settings.doneProperty().get()).as("nothing changed since").isEqualTo("설정 0개를 저장했습니다");
    }

    @Test
    void aBadNumberIsRefusedInKorean_andTheFieldShowsWhatIsStoredAgain() {
        SettingsViewModel settings = settingsFor(hong);
        String stored = settings.value("photos.maxMegabytes").get();

        settings.value("photos.maxMegabytes").set("0");
        settings.save();

        assertThat(settings.problemProperty().get()).contains("1 이상의 정수를 넣으세요");
        assertThat(settings.doneProperty().get()).isEmpty();
        assertThat(settings.value("photos.maxMegabytes").get()).isEqualTo(stored);
        assertThat(newsroom.settings().values()).containsEntry("photos.maxMegabytes", stored);
    }

    @Test
    void aFormWithOneBadField_changesNothing_soNoHalfSavedSettingsGoUnseen() {
        SettingsViewModel settings = settingsFor(hong);

        settings.value("outlet.name").set("한빛일보");
        settings.value("photos.maxMegabytes").set("0");
        settings.save();

        assertThat(settings.problemProperty().get()).contains("1 이상의 정수를 넣으세요");
        assertThat(newsroom.settings().values())
                .as("the good field waits for the bad one to be fixed")
                .containsEntry("outlet.name", "TV서울");
        assertThat(settings.value("outlet.name").get()).isEqualTo("TV서울");
    }

    @Test
    void sectionsAreAddedRenamedMovedAndRetired_andABlankOrDuplicateNameIsRefusedInKorean() {
        SettingsViewModel settings = settingsFor(hong);
        assertThat(sectionNames(settings)).containsExactly("정치", "경제", "사회", "문화", "포토");

        settings.changeSections(SectionChange.ADD, "   ", null);
        assertThat(settings.problemProperty().get()).contains("섹션 이름은 1~20자로");
        settings.changeSections(SectionChange.ADD, "사회", null);
        assertThat(settings.problemProperty().get()).isEqualTo("‘사회’ 섹션이 이미 있습니다. 다른 이름을 쓰세요.");
        assertThat(sectionNames(settings)).hasSize(5);
        assertThat(changedCalls).isZero();

        settings.changeSections(SectionChange.ADD, "국제", null);
        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(settings.doneProperty().get()).isEqualTo("섹션을 바꿨습니다.");
        settings.changeSections(SectionChange.RENAME, "국제", "세계");
        settings.changeSections(SectionChange.UP, "세계", null);
        settings.changeSections(SectionChange.RETIRE, "포토", null);

        assertThat(settings.sections())
                .extracting(Section::name, Section::retired)
                .containsExactly(
                        tuple("정치", false),
                        tuple("경제", false),
                        tuple("사회", false),
                        tuple("문화", false),
                        tuple("세계", false),
                        tuple("포토", true));
        assertThat(settings.keys())
                .as("a setting keyed by section follows the rename")
                .contains("manuscript.target.세계")
                .doesNotContain("manuscript.target.국제");
        assertThat(changedCalls).isEqualTo(4);
    }

    @Test
    void onceTheStoreHasAnAdmin_othersOnlyRead_andASaveIsRefused() {
        Person admin =
                newsroom.staff().add("박관리", "admin@tvseoul.kr", Role.ADMIN, "admin-pass-2026".toCharArray(), null);
        SettingsViewModel reporterView = settingsFor(hong);
        assertThat(reporterView.mayChangeProperty().get()).isFalse();

        reporterView.value("outlet.name").set("몰래 바꾼 이름");
        reporterView.save();

        assertThat(reporterView.problemProperty().get()).contains("관리자만 설정을 바꿀 수 있습니다");
        assertThat(newsroom.settings().values()).containsEntry("outlet.name", "TV서울");
        assertThat(reporterView.value("outlet.name").get()).isEqualTo("TV서울");

        SettingsViewModel adminView = settingsFor(admin);
        assertThat(adminView.mayChangeProperty().get()).isTrue();
    }

    @Test
    void aProfileIsAdded_butADeskProfileWithoutAPasswordOrATakenNameIsRefused() {
        SettingsViewModel settings = settingsFor(hong);

        settings.addPerson("이데스크", "desk@tvseoul.kr", Role.DESK, new char[0]);
        assertThat(settings.problemProperty().get()).contains("비밀번호가 필요합니다");

        settings.addPerson("홍길동", "other@tvseoul.kr", Role.REPORTER, null);
        assertThat(settings.problemProperty().get()).isEqualTo("‘홍길동’ 프로필이 이미 있습니다.");

        settings.addPerson("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray());
        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(settings.doneProperty().get()).isEqualTo("‘이데스크’ 프로필을 추가했습니다");
        assertThat(settings.people())
                .extracting(Person::name, Person::role)
                .containsExactlyInAnyOrder(tuple("홍길동", Role.REPORTER), tuple("이데스크", Role.DESK));
    }

    @Test
    void aSiteIsAddedFromTheForm_theSecretIsWipedEitherWay_andARefusalNamesTheField() {
        SettingsViewModel settings = settingsFor(hong);
        settings.siteName().set("우리뉴스");
        settings.siteType().set(SiteType.WORDPRESS);
        settings.siteUrl().set("https://www.example.com");
        settings.siteUser().set("  ");
        char[] refused = "app pass".toCharArray();

        settings.addSite(refused);

        assertThat(settings.problemProperty().get())
                .contains("워드프레스 사용자를 입력하세요")
                .doesNotContain("--user");
        assertThat(refused).containsOnly('\0');
        assertThat(settings.sites()).isEmpty();
        assertThat(settings.siteName().get()).as("the form is kept to correct").isEqualTo("우리뉴스");

        settings.siteUser().set("editor");
        char[] kept = "app pass".toCharArray();
        settings.addSite(kept);

        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(settings.doneProperty().get()).isEqualTo("\"우리뉴스\" 사이트를 추가했습니다");
        assertThat(kept).containsOnly('\0');
        assertThat(settings.sites()).extracting(Site::name).containsExactly("우리뉴스");
        assertThat(settings.siteName().get()).isEmpty();
        assertThat(settings.siteUrl().get()).isEmpty();

        settings.removeSite("우리뉴스");
        assertThat(settings.doneProperty().get()).isEqualTo("\"우리뉴스\" 사이트와 비밀번호를 지웠습니다");
        assertThat(settings.sites()).isEmpty();
        assertThat(newsroom.sites().all()).isEmpty();
    }

    @Test
    void aSiteAddressWithAPasswordInIt_isRefusedWithTheWindowsWords() {
        SettingsViewModel settings = settingsFor(hong);
        settings.siteName().set("우리뉴스");
        settings.siteType().set(SiteType.NINJS);
        settings.siteUrl().set("https://editor:secret@www.example.com/ninjs");

        settings.addSite("token".toCharArray());

        assertThat(settings.problemProperty().get()).isEqualTo("주소에 비밀번호를 넣지 마세요. 비밀번호는 비밀번호 칸에 입력합니다.");
        assertThat(newsroom.sites().all()).isEmpty();
    }
}
