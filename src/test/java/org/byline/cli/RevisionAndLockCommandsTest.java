package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revisions, keep, diff, restore, lock, unlock and locks as a reporter or a script runs them. */
class RevisionAndLockCommandsTest {
    @TempDir
    Path dir;

    private CliRunner byline;
    private String id;

    @BeforeEach
    void anArticleByHong() {
        byline = new CliRunner(dir);
        byline.addHong();
        assertThat(byline.at("people", "add", "김데스크").exit()).isZero();
        Run created = byline.at(
                "new",
                "--as",
                "홍길동",
                "--headline",
                "구청장 기자회견",
                "--section",
                "사회",
                "--tag",
                "구청",
                "--body",
                "구청장이 27일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다.");
        assertThat(created.exit()).as(created.err()).isZero();
        id = created.out().strip();
    }

    @Test
    void keep_printsTheRevisionNumber_andRevisionsListsThemNewestFirst() {
        assertThat(ok(byline.at("keep", id, "--as", "홍길동")).out()).isEqualTo("1\n");
        ok(byline.at("edit", id, "--as", "김데스크", "--headline", "구청장 긴급 기자회견", "--byline", "홍길동, 김철수"));
        assertThat(ok(byline.at("keep", id, "--as", "김데스크")).out()).isEqualTo("2\n");

        Run list = ok(byline.at("revisions", id));

        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out().lines().findFirst().orElseThrow())
                .startsWith("2\t직접 보관\t김데스크\t")
                .endsWith("\t구청장 긴급 기자회견");
        JsonNode json = ok(byline.at("revisions", id, "--json")).json();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("number").asInt()).isEqualTo(1);
        assertThat(json.get(1).get("kind").asText()).isEqualTo("manual");
        assertThat(json.get(1).get("tags").get(0).asText()).isEqualTo("구청");
        assertThat(json.get(1).get("body").asText()).startsWith("구청장이 27일");
        assertThat(json.get(1).get("at").asText()).endsWith("+09:00");
        assertThat(json.get(1).get("byline").asText()).isEqualTo("홍길동");
        assertThat(json.get(0).get("byline").asText()).isEqualTo("홍길동, 김철수");
        assertThat(ok(byline.at("diff", id, "1", "2")).out()).contains("바이라인: 홍길동{+, 김철수+}");
    }

    @Test
    void diff_marksTheChangedCharactersInline() {
        ok(byline.at("keep", id, "--as", "홍길동"));
        ok(byline.at(
                "edit",
                id,
                "--as",
                "김데스크",
                "--headline",
                "구청장 긴급 기자회견",
                "--tag",
                "구청",
                "--tag",
                "예산",
                "--body",
                "구청장은 28일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다.\n\n예산안도 발표했다."));
        ok(byline.at("keep", id, "--as", "김데스크"));

        Run diff = ok(byline.at("diff", id, "1", "2"));

        assertThat(diff.out())
                .startsWith("--- 1번 원고 · 직접 보관 · 홍길동 · ")
                .contains("\n+++ 2번 원고 · 직접 보관 · 김데스크 · ")
                .contains("\n제목: 구청장 {+긴급 +}기자회견\n")
                .contains("\n태그: 구청{+, 예산+}\n")
                .contains("\n본문:\n~ 구청장[-이-]{+은+} 2[-7-]{+8+}일 기자회견을 열었다.\n")
                .contains("\n  주민 설명회는 다음 달에 열린다.\n")
                .contains("\n+ 예산안도 발표했다.\n")
                .doesNotContain("섹션:");
    }

    @Test
    void diff_ofARevisionWithItself_saysTheyAreTheSame() {
        ok(byline.at("keep", id, "--as", "홍길동"));

        assertThat(ok(byline.at("diff", id, "1", "1")).out()).endsWith("두 원고의 내용이 같습니다.\n");
    }

    @Test
    void restore_bringsTheOldTextBack_asANewVersionAndRevision() {
        ok(byline.at("keep", id, "--as", "홍길동"));
        ok(byline.at("edit", id, "--as", "김데스크", "--headline", "데스크가 고친 제목"));
        ok(byline.at("keep", id, "--as", "김데스크"));

        Run restore = ok(byline.at("revert", id, "1", "--as", "홍길동"));

        assertThat(restore.err())
                .isEqualTo("기사 " + id + " 을(를) 1번 원고로 되돌렸습니다 (판 3, 3번 원고로 기록)." + System.lineSeparator());
        JsonNode article = byline.at("show", id, "--format", "json").json();
        assertThat(article.get("headline").asText()).isEqualTo("구청장 기자회견");
        assertThat(article.get("version").asInt()).isEqualTo(3);
        assertThat(byline.at("revisions", id).out().lines())
                .hasSize(3)
                .first()
                .asString()
                .startsWith("3\t되돌림\t홍길동");
    }

    @Test
    void restore_ofAnUnknownRevisionNumber_orOverAStaleVersion_isRefusedInOneLine() {
        ok(byline.at("keep", id, "--as", "홍길동"));
        ok(byline.at("edit", id, "--as", "김데스크", "--headline", "데스크가 고친 제목"));

        Run unknown = byline.at("revert", id, "9", "--as", "홍길동");
        Run stale = byline.at("revert", id, "1", "--as", "홍길동", "--expect-version", "1");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().lines()).singleElement().asString().contains("9번 원고가 없습니다");
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.err().lines()).singleElement().asString().contains("덮어쓰지 않았습니다");
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("데스크가 고친 제목");
    }

    @Test
    void lock_byASecondPerson_isRefusedNamingTheHolder_untilUnlocked() {
        Run mine = ok(byline.at("lock", id, "--as", "홍길동"));
        assertThat(mine.err()).contains("잠갔습니다");

        Run theirs = byline.at("lock", id, "--as", "김데스크");

        assertThat(theirs.exit()).isEqualTo(1);
        assertThat(theirs.err().lines())
                .singleElement()
                .asString()
                .startsWith("byline: 기사 " + id + " 은(는) 홍길동 님이 ")
                .contains("편집 중입니다");
        assertThat(byline.at("unlock", id, "--as", "김데스크").exit()).isEqualTo(1);
        ok(byline.at("unlock", id, "--as", "홍길동"));
        assertThat(ok(byline.at("lock", id, "--as", "김데스크")).err()).contains("잠갔습니다");
    }

    @Test
    void lockAgain_fromAnotherRun_isRecognisedAsOnesOwn() {
        ok(byline.at("lock", id, "--as", "홍길동"));

        assertThat(ok(byline.at("lock", id, "--as", "홍길동")).err()).contains("이미 내가 잠가 둔");
    }

    @Test
    void lockBreak_takesTheLock_andSaysWhose() {
        ok(byline.at("lock", id, "--as", "홍길동"));

        Run refused = byline.at("lock", id, "--break", "--as", "김데스크");
        assertThat(refused.exit()).as("a reporter may not break a living lock").isEqualTo(1);
        ok(byline.withEnv(Map.of("BYLINE_NEW_PASSWORD", "데스크비밀번호2026"), "people", "add", "박데스크", "--role", "desk"));

        Run broken =
                ok(byline.withEnv(Map.of("BYLINE_PASSWORD", "데스크비밀번호2026"), "lock", id, "--break", "--as", "박데스크"));

        assertThat(broken.err()).contains("홍길동 님의 잠금").contains("기록에 남습니다");
        assertThat(ok(byline.at("locks")).out()).startsWith(id + "\t박데스크\t").endsWith("\t구청장 기자회견\n");
    }

    @Test
    void locks_listsNothing_onAStoreWithoutLocks() {
        assertThat(ok(byline.at("locks")).out()).isEmpty();
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }
}
