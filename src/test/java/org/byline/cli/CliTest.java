package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a reporter or a script runs, what they print and how they exit. */
class CliTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void peopleAdd_succeeds_withTheDataDirectoryBeforeTheCommand() {
        Run run = byline.byline("--data-dir", dir.toString(), "people", "add", "홍길동", "--email", "hong@tvseoul.kr");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("\\d+\\R");
        assertThat(byline.byline("people", "list", "--data-dir", dir.toString()).out())
                .contains("홍길동\thong@tvseoul.kr");
    }

    @Test
    void peopleAdd_succeeds_withTheDataDirectoryAfterTheCommand() {
        Run run = byline.byline("people", "add", "홍길동", "--email", "hong@tvseoul.kr", "--data-dir", dir.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.exists(dir.resolve("byline.db"))).isTrue();
        assertThat(byline.byline("--data-dir", dir.toString(), "people", "list").out())
                .contains("홍길동");
    }

    @Test
    void peopleAdd_twiceWithTheSameName_isRefused() {
        byline.addHong();

        Run again = byline.at("people", "add", "홍길동");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("홍길동").contains("이미 있습니다");
    }

    @Test
    void new_printsOnlyTheId() {
        byline.addHong();

        Run run = byline.at("new", "--as", "홍길동", "--headline", "구청장회의 열려", "--section", "정치", "--body", "예산을 점검했다.");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("\\d+\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showAsJson_isTheArticleDocument() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");

        Run run = byline.at("show", id, "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("id").asText()).isEqualTo(id);
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("headline").asText()).isEqualTo("구청장회의 열려");
        assertThat(json.get("reporter").get("email").asText()).isEqualTo("hong@tvseoul.kr");
    }

    @Test
    void showAsHtml_isExactlyThePreviewPage() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");

        Run run = byline.at("show", id, "--format", "html");

        String preview;
        try (Context context = new Context(dir, Locale.KOREAN)) {
            preview = context.preview().page(context.drafting().open(Long.parseLong(id)));
        }
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(preview + System.lineSeparator());
    }

    @Test
    void showAsText_readsLikeThePage() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");

        Run run = byline.at("show", id);

        assertThat(run.out())
                .startsWith("[사회]\n구청장회의 열려\n등록 ")
                .contains("[바이라인뉴스=홍길동 기자] 구청장회의 열려 소식이다.")
                .contains("홍길동 기자 hong@tvseoul.kr");
    }

    @Test
    void edit_fromAnOlderVersion_isRefusedInOneLine_andKeepsTheNewerText() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");
        assertThat(byline.at("edit", id, "--as", "홍길동", "--headline", "데스크가 고친 제목")
                        .exit())
                .isZero();

        Run stale = byline.at("edit", id, "--as", "홍길동", "--expect-version", "1", "--headline", "기자가 고친 제목");

        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).isEmpty();
        assertThat(stale.err().lines()).hasSize(1);
        assertThat(stale.err())
                .startsWith("byline: ")
                .contains(id)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        JsonNode stored = byline.at("show", id, "--format", "json").json();
        assertThat(stored.get("headline").asText()).isEqualTo("데스크가 고친 제목");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void edit_fromTheCurrentVersion_saysWhichVersionWasSaved() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");

        Run run = byline.at("edit", id, "--as", "홍길동", "--expect-version", "1", "--tag", "구청", "--tag", "회의");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("기사 " + id + " 저장됨 (판 2)" + System.lineSeparator());
        assertThat(byline.at("show", id, "--format", "json").json().get("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("구청", "회의");
    }

    @Test
    void anUnknownArticle_isRefused_namingItsId() {
        byline.addHong();

        Run show = byline.at("show", "987654");
        Run edit = byline.at("edit", "987654", "--as", "홍길동", "--headline", "제목");

        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.err()).contains("987654").doesNotContain("Exception");
        assertThat(edit.exit()).isEqualTo(1);
        assertThat(edit.err()).contains("987654").doesNotContain("Exception");
    }

    @Test
    void anUnknownReporter_isRefused_andNothingIsCreated() {
        byline.addHong();

        Run run = byline.at("new", "--as", "임꺽정", "--headline", "제목");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("임꺽정").doesNotContain("Exception");
        assertThat(byline.articleCount()).isZero();
    }

    @Test
    void anUnknownSection_isRefused_listingTheSections() {
        byline.addHong();

        Run run = byline.at("new", "--as", "홍길동", "--headline", "제목", "--section", "연예");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("연예").contains("정치, 경제, 사회, 문화, 포토");
        assertThat(byline.articleCount()).isZero();
    }

    @Test
    void unknownOptionsAndCommands_areUsageErrors() {
        assertThat(byline.at("list", "--colour", "red").exit()).isEqualTo(2);
        assertThat(byline.at("publish", "1").exit()).isEqualTo(2);
        assertThat(byline.at("new", "--headline", "--as 없이").exit()).isEqualTo(2);
        assertThat(byline.at("show", "열두번째").exit()).isEqualTo(2);
    }

    @Test
    void searchAsJson_listsTheMatchingArticles() {
        byline.addHong();
        String meeting = byline.newArticle("구청장회의 열려");
        byline.newArticle("배추값 내려");

        Run run = byline.at("search", "회의", "--json");

        assertThat(run.exit()).isZero();
        JsonNode hits = run.json();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("id").asText()).isEqualTo(meeting);
        assertThat(hits.get(0).get("headline").asText()).isEqualTo("구청장회의 열려");
        assertThat(byline.at("search", "?!", "--json").json()).isEmpty();
    }

    @Test
    void listOfDraftsAsJson_showsEveryDraft() {
        byline.addHong();
        byline.newArticle("구청장회의 열려");
        byline.newArticle("배추값 내려");

        JsonNode drafts = byline.at("list", "--status", "draft", "--json").json();

        assertThat(drafts).hasSize(2);
        assertThat(drafts)
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("draft"));
        assertThat(drafts)
                .extracting(row -> row.get("headline").asText())
                .containsExactlyInAnyOrder("구청장회의 열려", "배추값 내려");
        assertThat(byline.at("list", "--status", "published", "--json").json()).isEmpty();
        assertThat(byline.at("list", "--status", "printed").exit()).isEqualTo(1);
    }

    @Test
    void sections_areListed_addedRenamedMovedAndRetired_fromTheCommandLine() {
        byline.addHong();
        String old = byline.newArticle("사회 기사");

        assertThat(byline.at("sections", "add", "연예").exit()).isZero();
        assertThat(byline.at("sections", "rename", "사회", "사회·복지").exit()).isZero();
        assertThat(byline.at("sections", "move", "연예", "2").exit()).isZero();
        assertThat(byline.at("sections", "retire", "포토").exit()).isZero();

        assertThat(byline.at("sections").out())
                .isEqualTo(String.join(
                        System.lineSeparator(), "1\t정치", "2\t연예", "3\t경제", "4\t사회·복지", "5\t문화", "6\t포토\tretired", ""));
        assertThat(byline.at("show", old, "--format", "json")
                        .json()
                        .get("section")
                        .asText())
                .isEqualTo("사회·복지");

        Run refused = byline.at("new", "--as", "홍길동", "--headline", "사진", "--section", "포토");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("‘포토’ 섹션은 닫혀 있어 새 기사에 쓸 수 없습니다").contains("정치, 연예, 경제, 사회·복지, 문화");
    }

    @Test
    void bylines_jointTitledOrAPhotoCredit_areSetWithNewAndEdit_andShowOnThePage() {
        byline.addHong();
        Run created = byline.at("new", "--as", "홍길동", "--headline", "공동 취재", "--body", "본문이다.", "--byline", "홍길동, 김철수");
        String id = created.out().strip();

        assertThat(byline.at("show", id, "--format", "html").out()).contains("[바이라인뉴스=홍길동·김철수 기자]");
        assertThat(byline.at("edit", id, "--as", "홍길동", "--byline", "사진=김사진").exit())
                .isZero();
        String page = byline.at("show", id, "--format", "html").out();
        assertThat(page).contains("[바이라인뉴스] 본문이다.").contains("사진=김사진 기자");

        Run tooLong = byline.at("edit", id, "--as", "홍길동", "--byline", "가".repeat(61));
        assertThat(tooLong.exit()).isEqualTo(1);
        assertThat(tooLong.err()).contains("바이라인은 60자 이하");
        assertThat(byline.at("edit", id, "--as", "홍길동", "--byline", "").exit()).isZero();
        assertThat(byline.at("show", id, "--format", "html").out()).contains("[바이라인뉴스=홍길동 기자]");
    }
}
