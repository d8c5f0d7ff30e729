package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** An admin adds and removes the sites articles are pushed to in the settings window's sites tab. */
class SitesWindowTest {
    private static final String ADMIN_PASSWORD = "관리자비밀번호2026";
    private static final String SECRET = "abcd EFGH ijkl MNOP qrst UVWX";

    @TempDir
    Path dir;

    @Test
    void theAdminAddsAWordPressStandIn_isRefusedPlainHttp_andRemovesTheSite_andTheSecretStaysInItsOwnerOnlyFile()
            throws Exception {
        try (RunningByline admin = RunningByline.start(dir, c -> {
            RunningByline.reporterAtTvSeoul(c);
            Person a = c.staff().add("관리자", "", Role.ADMIN, ADMIN_PASSWORD.toCharArray(), null);
            c.workspace().useProfile(a);
        })) {
            admin.signIn().as("관리자", ADMIN_PASSWORD);
            ListView<Site> list = openSitesTab(admin);

            fill(admin, "우리뉴스", SiteType.WORDPRESS, "https://www.tvseoul.kr", "editor");
            admin.click("#siteSecret").write(SECRET);
            admin.click("#addSite");
            waitUntil(() -> list.getItems().size() == 1);
            waitUntil(() -> admin.settings().done().contains("\"우리뉴스\" 사이트를 추가했습니다"));
            Site added = list.getItems().get(0);
            assertThat(added.name()).isEqualTo("우리뉴스");
            assertThat(added.type()).isEqualTo(SiteType.WORDPRESS);
            assertThat(added.url()).isEqualTo("https://www.tvseoul.kr");
            assertThat(added.user()).isEqualTo("editor");
            assertThat(cellTexts(list)).containsExactly("우리뉴스 · 워드프레스 · https://www.tvseoul.kr · editor");
            assertThat(admin.<PasswordField>node("#siteSecret").getText()).isEmpty();
            assertThat(admin.<TextField>node("#siteName").getText()).isEmpty();

            Path secretFile = dir.resolve("secrets").resolve("site-" + added.id() + ".secret");
            assertThat(Files.readString(secretFile, StandardCharsets.UTF_8)).isEqualTo(SECRET);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile.getParent())))
                    .isEqualTo("rwx------");
            assertThat(filesHolding(SECRET)).containsExactly(secretFile);
            // the same search finds what the store does keep, so it would find the secret there too
            assertThat(filesHolding("https://www.tvseoul.kr"))
                    .anyMatch(f -> f.getFileName().toString().startsWith("byline.db"));

            // a password over plain http is readable on the way: refused, with what to do, and the form kept
            fill(admin, "통신", SiteType.NINJS, "http://example.com", "");
            // said under the form as soon as the address is there, before anything is sent
            waitUntil(() -> admin.text("#siteCheck").contains("http://example.com 은(는) HTTPS 가 아닙니다"));
            assertThat(Overlays.fieldMarks()).anyMatch(t -> t.contains("HTTPS 가 아닙니다"));
            admin.click("#siteSecret").write("wire-token");
            admin.click("#addSite");
            waitUntil(() -> admin.settings().problem().contains("http://example.com 은(는) HTTPS 가 아닙니다"));
            assertThat(admin.settings().problem()).contains("https:// 를 쓰세요");
            assertThat(admin.<TextField>node("#siteName").getText()).isEqualTo("통신");
            assertThat(admin.<TextField>node("#siteUrl").getText()).isEqualTo("http://example.com");
            assertThat(admin.<PasswordField>node("#siteSecret").getText()).isEmpty();
            assertThat(list.getItems()).extracting(Site::name).containsExactly("우리뉴스");

            admin.robot.clickOn(cell(admin, "우리뉴스"));
            admin.click("#removeSite");
            waitUntil(() -> list.getItems().isEmpty());
            waitUntil(() -> admin.settings().done().contains("\"우리뉴스\" 사이트와 비밀번호를 지웠습니다"));
            assertThat(admin.settings().problem()).isEmpty();
            assertThat(secretFile).doesNotExist();
            admin.robot.type(KeyCode.ESCAPE);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.sites().all()).isEmpty();
        }
        assertThat(filesHolding(SECRET)).isEmpty();
        assertThat(filesHolding("wire-token")).isEmpty();
    }

    @Test
    void onceThereIsAnAdmin_aReporterSeesTheSites_butCannotAddOrRemoveOne() throws Exception {
        try (RunningByline reporter = RunningByline.start(dir, c -> {
            RunningByline.reporterAtTvSeoul(c);
            Person a = c.staff().add("관리자", "", Role.ADMIN, ADMIN_PASSWORD.toCharArray(), null);
            c.sites().add("통신", SiteType.NINJS, "https://wire.example.com/ingest", "", SECRET.toCharArray(), a);
            c.workspace().useProfile(c.staff().named("홍길동"));
        })) {
            waitUntil(() -> reporter.robot.lookup("#profileStart").tryQuery().isPresent());
            reporter.click("#profileStart");
            ListView<Site> list = openSitesTab(reporter);
            waitUntil(() -> list.getItems().size() == 1);
            assertThat(cellTexts(list)).containsExactly("통신 · ninjs 수신 주소 · https://wire.example.com/ingest");

            reporter.robot.clickOn(cell(reporter, "통신"));
            assertThat(reporter.<Button>node("#addSite").isDisabled()).isTrue();
            assertThat(reporter.<Button>node("#removeSite").isDisabled()).isTrue();
            assertThat(reporter.<TextField>node("#siteName").isEditable()).isFalse();
            assertThat(reporter.<TextField>node("#siteUrl").isEditable()).isFalse();
            assertThat(reporter.<PasswordField>node("#siteSecret").isEditable()).isFalse();
            assertThat(reporter.<ComboBox<SiteType>>node("#siteType").isDisabled())
                    .isTrue();
            reporter.robot.type(KeyCode.ESCAPE);
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.sites().all()).extracting(Site::name).containsExactly("통신");
        }
    }

    @Test
    void theWindowNamesItsOwnFields_whenAWordPressUserIsMissing_aPasswordIsInTheAddress_orAnAdminAppearedMeanwhile()
            throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            ListView<Site> list = openSitesTab(byline);

            fill(byline, "우리뉴스", SiteType.WORDPRESS, "https://www.tvseoul.kr", "");
            byline.click("#siteSecret").write(SECRET);
            byline.click("#addSite");
            waitUntil(() -> byline.settings().problem().contains("워드프레스 사용자를 입력하세요"));
            assertThat(byline.settings().problem()).doesNotContain("--user");

            fill(byline, "우리뉴스", SiteType.WORDPRESS, "https://editor:secret@www.tvseoul.kr", "editor");
            byline.click("#siteSecret").write(SECRET);
            byline.click("#addSite");
            waitUntil(() -> byline.settings().problem().contains("비밀번호 칸에 입력합니다"));

            // the command line, on another computer, makes the store an admin's while the window is open
            try (Context c = new Context(dir, Locale.KOREAN)) {
                c.staff().add("관리자", "", Role.ADMIN, ADMIN_PASSWORD.toCharArray(), null);
            }
            fill(byline, "우리뉴스", SiteType.WORDPRESS, "https://www.tvseoul.kr", "editor");
            byline.click("#siteSecret").write(SECRET);
            byline.click("#addSite");
            waitUntil(() -> byline.settings().problem().equals("사이트 추가와 삭제는 관리자만 할 수 있습니다."));
            waitUntil(() -> byline.<Button>node("#addSite").isDisabled());
            assertThat(list.getItems()).isEmpty();
            byline.robot.type(KeyCode.ESCAPE);
        }
        assertThat(filesHolding(SECRET)).isEmpty();
    }

    private static ListView<Site> openSitesTab(RunningByline byline) throws Exception {
        byline.settings().open();
        byline.settings().tab("sitesTab");
        waitUntil(() ->
                byline.robot.lookup("#siteList").tryQuery().map(Node::isVisible).orElse(false));
        return byline.node("#siteList");
    }

    /** Types the form's fields as a user would pick them; the secret is typed separately. */
    private static void fill(RunningByline byline, String name, SiteType type, String url, String user)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    byline.<TextField>node("#siteName").setText(name);
                    byline.<ComboBox<SiteType>>node("#siteType").setValue(type);
                    byline.<TextField>node("#siteUrl").setText(url);
                    byline.<TextField>node("#siteUser").setText(user);
                })
                .get();
    }

    private static List<String> cellTexts(ListView<Site> list) throws Exception {
        return RunningByline.shownTexts(list, ".list-cell");
    }

    private static Node cell(RunningByline byline, String siteName) {
        return byline.robot
                .lookup("#siteList .list-cell")
                .match(n -> ((ListCell<?>) n).getItem() instanceof Site s
                        && s.name().equals(siteName))
                .query();
    }

    /** Every file in the data directory whose bytes hold {@code text}: byline.db, its journal, logs, secrets. */
    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return indexOf(Files.readAllBytes(f), needle) >= 0;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
