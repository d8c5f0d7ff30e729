package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding articles by any part of a Korean word, as a reporter types it into the search box. */
class SearchTest {
    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private SearchIndex index;
    private Person hong;

    @BeforeEach
    void openStore() {
        db = Database.open(dir);
        articles = new SqliteArticleStore(db, Clock.systemUTC());
        index = new SqliteSearchIndex(db);
        hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    @Test
    void partOfACompoundWord_findsTheArticle() {
        Article council = write("정부혁신추진협의회 첫 회의", "위원 20명이 참석했다.");

        assertThat(ids("혁신추진")).containsExactly(council.id());
        assertThat(ids("협의회")).containsExactly(council.id());
    }

    @Test
    void twoSyllableNouns_areFoundInsideLongerWords() {
        Article meeting = write("구청장회의 열려", "올해 예산 집행 실적을 점검했다.");
        Article other = write("시장 상인회 총회", "새 회장을 뽑았다.");

        assertThat(ids("회의")).containsExactly(meeting.id());
        assertThat(ids("구청")).containsExactly(meeting.id());
        assertThat(ids("회장")).containsExactly(other.id());
    }

    @Test
    void oneSyllable_findsEveryArticleHoldingIt_anywhereInAWord() {
        Article meeting = write("구청장회의 열려", "예산을 점검했다.");
        Article park = write("공원 새 단장", "산책로를 넓혔다.");
        write("배추값 내려", "김장 비용 부담이 줄었다.");

        assertThat(ids("청")).containsExactly(meeting.id());
        assertThat(ids("산")).containsExactlyInAnyOrder(meeting.id(), park.id());
    }

    @Test
    void severalWords_mustAllOccur() {
        Article both = write("구청 예산안 확정", "내년 살림 규모가 정해졌다.");
        write("구청 앞 집회", "주민 100여 명이 모였다.");
        write("시 예산 공청회", "시민 의견을 들었다.");

        assertThat(ids("구청 예산")).containsExactly(both.id());
        assertThat(ids("예산 구청")).containsExactly(both.id());
    }

    @Test
    void headlineMatch_ranksAboveAMatchOnlyInTheBody() {
        Article inHeadline = write("주차장 요금 오른다", "다음 달부터 공영 시설 이용료가 10% 인상된다.");
        Article inBody = write("동네 소식", "새로 지은 복지관 옆 주차장이 다음 달 문을 연다.");

        assertThat(ids("주차장")).containsExactly(inHeadline.id(), inBody.id());
    }

    @Test
    void tagsAndSubheadline_areSearchedToo() {
        Article tagged =
                articles.create(new ArticleContent("시장 배추값 내려", "김장 부담 줄어", "경제", List.of("물가동향"), "본문"), hong);

        assertThat(ids("물가")).containsExactly(tagged.id());
        assertThat(ids("부담")).containsExactly(tagged.id());
    }

    @Test
    void latinLetters_matchWhateverTheirCase() {
        Article ktx = write("KTX 정차역 유치 총력", "주민 서명 운동을 벌인다.");

        assertThat(ids("ktx")).containsExactly(ktx.id());
        assertThat(ids("Ktx 정차")).containsExactly(ktx.id());
    }

    @Test
    void aWordThatIsNowhere_findsNothing() {
        write("구청장회의 열려", "예산을 점검했다.");

        assertThat(ids("태풍")).isEmpty();
        assertThat(ids("회의실")).isEmpty();
    }

    @Test
    void punctuationAndSearchSyntax_findNothing_andDoNotFail() {
        write("구청장회의 열려", "“예산”을 점검했다.");

        assertThat(index.search("?!…", 10)).isEmpty();
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search("   ", 10)).isEmpty();
        assertThat(index.search("\"*()", 10)).isEmpty();
        assertThat(index.search(null, 10)).isEmpty();
        assertThat(ids("\"예산\" AND")).isEmpty();
        assertThat(ids("\"예산\"")).hasSize(1);
    }

    @Test
    void search_seesTheNewText_andNoLongerTheOld_afterAnEdit() {
        Article article = write("태풍 북상에 비상근무", "구청이 비상근무에 들어갔다.");

        articles.save(
                article.id(),
                1,
                article.content().withHeadline("폭염 특보에 무더위쉼터 운영").withBody("경로당을 쉼터로 연다."));

        assertThat(ids("태풍")).isEmpty();
        assertThat(ids("비상")).isEmpty();
        assertThat(ids("쉼터")).containsExactly(article.id());
        assertThat(index.search("폭염", 10)).extracting(SearchHit::headline).containsExactly("폭염 특보에 무더위쉼터 운영");
    }

    @Test
    void limit_capsTheHits() {
        for (int i = 0; i < 5; i++) {
            write("주민센터 소식 " + i, "민원 안내");
        }

        assertThat(index.search("주민", 3)).hasSize(3);
    }

    private Article write(String headline, String body) {
        return articles.create(new ArticleContent(headline, "", "사회", List.of(), body), hong);
    }

    private List<Long> ids(String query) {
        return index.search(query, 50).stream().map(SearchHit::id).toList();
    }
}
