package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk on the command line: what each command prints, how it exits, where passwords come from. */
class DeskCommandsTest {
    private static final Map<String, String> LEE = Map.of("BYLINE_PASSWORD", "lee-desk-2026");
    private static final String ONE_LINE = "byline: [^\\n]+\\n";

    @TempDir
    Path dir;

    private CliRunner byline;
    private String id;

    @BeforeEach
    void newsroom() {
        byline = new CliRunner(dir);
        byline.addHong();
        ok(byline.withEnv(Map.of("BYLINE_NEW_PASSWORD", "lee-desk-2026"), "people", "add", "이데스크", "--role", "desk"));
        id = byline.newArticle("구청 예산안 확정");
    }

    @Test
    void aDeskEditOfFiledCopyOnTheCommandLine_isKeptAsADeskEditRevision_asInTheWindow() {
        ok(byline.at("submit", id, "--as", "홍길동"));

        ok(byline.withEnv(LEE, "edit", id, "--headline", "구청 예산안 최종 확정", "--as", "이데스크"));

        var kinds = ok(byline.at("revisions", id, "--json")).json().findValuesAsText("kind");
        assertThat(kinds).containsExactly("desk-edit", "submit");
    }

    @Test
    void theWholeWay_submitApprovePublish_printsOneLineEach_andTheHistory() {
        Run submit = byline.at("submit", id, "--as", "홍길동");
        Run approve = byline.withEnv(LEE, "approve", id, "--as", "이데스크");
        Run publish = byline.withEnv(LEE, "publish", id, "--as", "이데스크");

        assertThat(List.of(submit, approve, publish)).allSatisfy(r -> {
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).isEmpty();
        });
        assertThat(submit.err()).isEqualTo("기사 " + id + ": 작성중 → 송고\n");
        assertThat(approve.err()).isEqualTo("기사 " + id + ": 송고 → 승인\n");
        assertThat(publish.err()).isEqualTo("기사 " + id + ": 승인 → 출고\n");

        Run history = byline.at("history", id);
        assertThat(history.out().lines()).hasSize(3);
        assertThat(history.out().lines().toList().get(1))
                .matches("\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d\\tapprove\\tsubmitted\\tapproved\\t이데스크\\t");
    }

    @Test
    void historyAsJson_namesTheActionsWhoAndWhen_inKoreanTime() {
        byline.at("submit", id, "--as", "홍길동");
        byline.withEnv(LEE, "return", id, "--note", "실명 확인 바랍니다", "--as", "이데스크");

        Run run = byline.at("history", id, "--json");

        assertThat(run.exit()).isZero();
        JsonNode lines = run.json();
        assertThat(lines).hasSize(2);
        JsonNode returned = lines.get(1);
        assertThat(returned.get("articleId").asText()).isEqualTo(id);
        assertThat(returned.get("action").asText()).isEqualTo("return");
        assertThat(returned.get("from").asText()).isEqualTo("submitted");
        assertThat(returned.get("to").asText()).isEqualTo("draft");
        assertThat(returned.get("by").asText()).isEqualTo("이데스크");
        assertThat(returned.get("note").asText()).isEqualTo("실명 확인 바랍니다");
        assertThat(returned.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("returnNote")
                        .asText())
                .isEqualTo("실명 확인 바랍니다");
    }

    @Test
    void aRefusedAction_exits1_withTheReasonOnOneLine() {
        Run approveDraft = byline.withEnv(LEE, "approve", id, "--as", "이데스크");
        Run reporterSpikes = byline.at("spike", id, "--as", "홍길동");
        Run otherSubmits = byline.withEnv(LEE, "submit", id, "--as", "이데스크");

        assertThat(approveDraft.exit()).isEqualTo(1);
        assertThat(approveDraft.err()).isEqualTo("byline: 기사 " + id + ": 송고된 기사만 승인할 수 있습니다 (지금: 작성중).\n");
        assertThat(reporterSpikes.exit()).isEqualTo(1);
        assertThat(reporterSpikes.err()).isEqualTo("byline: 데스크만 폐기할 수 있습니다. ‘홍길동’ 님은 기자 프로필입니다.\n");
        assertThat(otherSubmits.exit()).isEqualTo(1);
        assertThat(otherSubmits.err()).matches(ONE_LINE).contains("기사를 쓴 기자(홍길동)만");
    }

    @Test
    void aDeskEditorsOwnArticle_isRefused_fourEyes() {
        Run own = byline.withEnv(LEE, "new", "--as", "이데스크", "--headline", "데스크 칼럼");
        String column = own.out().strip();
        byline.withEnv(LEE, "submit", column, "--as", "이데스크");

        Run approve = byline.withEnv(LEE, "approve", column, "--as", "이데스크");

        assertThat(approve.exit()).isEqualTo(1);
        assertThat(approve.err()).isEqualTo("byline: 기사 " + column + ": 직접 쓴 기사는 승인할 수 없습니다. 다른 데스크에게 맡기세요.\n");
    }

    @Test
    void aDeskProfile_needsItsPassword_fromTheEnvironment_whenThereIsNoTerminal() {
        byline.at("submit", id, "--as", "홍길동");

        Run none = byline.at("approve", id, "--as", "이데스크");
        Run wrong = byline.withEnv(Map.of("BYLINE_PASSWORD", "lee-desk-2025"), "approve", id, "--as", "이데스크");
        Run unknown = byline.withEnv(LEE, "approve", id, "--as", "없는데스크");

        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).matches(ONE_LINE).contains("BYLINE_PASSWORD").contains("데스크 프로필");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("byline: 이름이나 비밀번호가 맞지 않습니다.\n");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("submitted");
    }

    @Test
    void return_needsANote_spikeAndUnspike_restore() {
        byline.at("submit", id, "--as", "홍길동");

        assertThat(byline.withEnv(LEE, "return", id, "--as", "이데스크").exit()).isEqualTo(2);
        Run blank = byline.withEnv(LEE, "return", id, "--note", " ", "--as", "이데스크");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).matches(ONE_LINE).contains("반려 사유를 적으세요");

        assertThat(ok(byline.withEnv(LEE, "spike", id, "--as", "이데스크")).err()).isEqualTo("기사 " + id + ": 송고 → 폐기\n");
        assertThat(ok(byline.withEnv(LEE, "unspike", id, "--as", "이데스크")).err()).isEqualTo("기사 " + id + ": 폐기 → 송고\n");
    }

    @Test
    void anEmbargo_isShown_holdsPublishing_andCanBeOverriddenOrCleared() {
        byline.at("submit", id, "--as", "홍길동");
        byline.withEnv(LEE, "approve", id, "--as", "이데스크");

        Run set = byline.withEnv(LEE, "embargo", id, "--until", "2099-12-01T09:00+09:00", "--as", "이데스크");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.err()).startsWith("기사 " + id + ": 2099.12.01 09:00:00 까지 엠바고");
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("embargoUntil")
                        .asText())
                .isEqualTo("2099-12-01T09:00:00+09:00");

        Run held = byline.withEnv(LEE, "publish", id, "--as", "이데스크");
        assertThat(held.exit()).isEqualTo(1);
        assertThat(held.err()).matches(ONE_LINE).contains("2099.12.01 09:00:00 까지 엠바고");

        assertThat(ok(byline.withEnv(LEE, "publish", id, "--override-embargo", "--as", "이데스크"))
                        .err())
                .contains("승인 → 출고");
        List<String> actions = new ArrayList<>();
        byline.at("history", id, "--json")
                .json()
                .forEach(line -> actions.add(line.get("action").asText()));
        assertThat(actions).containsExactly("submit", "approve", "embargo", "embargo-override", "publish");

        assertThat(ok(byline.withEnv(LEE, "embargo", id, "--clear", "--as", "이데스크"))
                        .err())
                .startsWith("기사 " + id + ": 엠바고 해제");
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("embargoUntil")
                        .isNull())
                .isTrue();
    }

    @Test
    void embargo_readsAPlainTimeAsKoreanTime_andRefusesWhatIsNoTime() {
        ok(byline.withEnv(LEE, "embargo", id, "--until", "2099-01-01T00:00", "--as", "이데스크"));
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("embargoUntil")
                        .asText())
                .isEqualTo("2099-01-01T00:00:00+09:00");

        Run bad = byline.withEnv(LEE, "embargo", id, "--until", "내일 아침", "--as", "이데스크");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).matches(ONE_LINE).contains("‘내일 아침’ 은(는) 시각으로 읽을 수 없습니다");
        assertThat(byline.withEnv(LEE, "embargo", id, "--as", "이데스크").exit()).isEqualTo(2);
        assertThat(byline.withEnv(LEE, "embargo", id, "--clear", "--until", "2099-01-01T00:00", "--as", "이데스크")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void showAsJson_carriesTheDesksMarks() {
        byline.at("submit", id, "--as", "홍길동");

        JsonNode json = byline.at("show", id, "--format", "json").json();

        assertThat(json.get("status").asText()).isEqualTo("submitted");
        assertThat(json.get("submittedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");
        assertThat(json.has("embargoUntil")).isTrue();
        assertThat(json.get("returnNote").asText()).isEmpty();
        assertThat(json.get("correctionNote").asText()).isEmpty();
    }

    @Test
    void listOldestFirst_isTheDesksQueue() throws InterruptedException {
        String second = byline.newArticle("두 번째");
        byline.at("submit", second, "--as", "홍길동");
        Thread.sleep(5); // submitted times are milliseconds apart
        byline.at("submit", id, "--as", "홍길동");

        Run run = byline.at("list", "--status", "submitted", "--oldest-first", "--json");

        assertThat(run.json()).extracting(n -> n.get("id").asText()).containsExactly(second, id);
        assertThat(run.json().get(0).get("submittedAt").isNull()).isFalse();
    }

    @Test
    void onceThereIsAnAdmin_profilesAndSettingsNeedTheAdmin() {
        ok(byline.withEnv(Map.of("BYLINE_NEW_PASSWORD", "choi-admin-1"), "people", "add", "최관리", "--role", "admin"));

        Run noAdmin = byline.at("people", "add", "김기자");
        assertThat(noAdmin.exit()).isEqualTo(1);
        assertThat(noAdmin.err()).matches(ONE_LINE).contains("관리자만 프로필을 추가할 수 있습니다");
        Run asDesk = byline.withEnv(LEE, "people", "add", "김기자", "--as", "이데스크");
        assertThat(asDesk.exit()).isEqualTo(1);
        ok(byline.withEnv(Map.of("BYLINE_PASSWORD", "choi-admin-1"), "people", "add", "김기자", "--as", "최관리"));
        ok(byline.withEnv(
                Map.of("BYLINE_PASSWORD", "choi-admin-1", "BYLINE_NEW_PASSWORD", "park-desk-1"),
                "people",
                "add",
                "박데스크",
                "--role",
                "desk",
                "--as",
                "최관리"));
        assertThat(byline.at("people", "list").out())
                .contains("김기자\t\treporter")
                .contains("박데스크\t\tdesk")
                .contains("최관리\t\tadmin");

        Run settings = byline.at("settings", "set", "outlet.name", "TV서울");
        assertThat(settings.exit()).isEqualTo(1);
        assertThat(settings.err()).matches(ONE_LINE).contains("관리자만 설정을 바꿀 수 있습니다");
        ok(byline.withEnv(
                Map.of("BYLINE_PASSWORD", "choi-admin-1"), "settings", "set", "outlet.name", "TV서울", "--as", "최관리"));
        assertThat(byline.at("settings").out()).contains("outlet.name\tTV서울");
    }

    @Test
    void aDeskProfile_withoutAPassword_isNotAdded() {
        Run run = byline.at("people", "add", "박데스크", "--role", "desk");
        Run badRole = byline.at("people", "add", "박데스크", "--role", "editor");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).matches(ONE_LINE).contains("BYLINE_NEW_PASSWORD");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err()).matches(ONE_LINE).contains("‘editor’ 은(는) 역할이 아닙니다");
        assertThat(byline.at("people", "list").out()).doesNotContain("박데스크");
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }
}
