package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.RevisionDiff.Field;
import org.byline.domain.RevisionDiff.Kind;
import org.byline.domain.RevisionDiff.Row;
import org.byline.domain.RevisionDiff.Span;
import org.junit.jupiter.api.Test;

/** What an editor sees change between two texts of one article. */
class ContentDiffTest {
    private static final ArticleContent BASE = new ArticleContent(
            "영등포구청장 기자회견", "", "사회", List.of("구청", "회의"), "구청장이 27일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다.");

    @Test
    void aKoreanLine_marksExactlyTheSyllablesAndDigitsThatChanged() {
        Row row = ContentDiff.changed(Field.BODY, "구청장이 27일", "구청장은 28일");

        assertThat(row.kind()).isEqualTo(Kind.CHANGED);
        assertThat(row.leftSpans()).containsExactly(new Span(3, 4), new Span(6, 7));
        assertThat(row.rightSpans()).containsExactly(new Span(3, 4), new Span(6, 7));
        assertThat(marked(row.left(), row.leftSpans())).containsExactly("이", "7");
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("은", "8");
    }

    @Test
    void aCharacterOutsideTheBasicPlane_isMarkedWhole_neverHalfASurrogatePair() {
        Row row = ContentDiff.changed(Field.BODY, "현장 📷 사진", "현장 📸 사진");

        assertThat(row.leftSpans()).containsExactly(new Span(3, 5));
        assertThat(marked(row.left(), row.leftSpans())).containsExactly("📷");
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("📸");
    }

    @Test
    void insertedWords_haveAnEmptySpanOnTheOldSide_whereTheyGoIn() {
        Row row = ContentDiff.changed(Field.BODY, "구청장이 기자회견을 열었다.", "구청장이 27일 기자회견을 열었다.");

        assertThat(row.leftSpans()).containsExactly(new Span(5, 5));
        assertThat(marked(row.right(), row.rightSpans())).containsExactly("27일 ");
    }

    @Test
    void aRewrittenSentence_isMarkedWhole_notAroundTheSyllablesItSharesByChance() {
        Row row = ContentDiff.changed(Field.BODY, "구청장이 기자회견을 열었다.", "비가 와서 행사는 취소됐다.");

        assertThat(row.leftSpans()).containsExactly(new Span(0, row.left().length()));
        assertThat(row.rightSpans()).containsExactly(new Span(0, row.right().length()));
    }

    @Test
    void anEditedParagraph_isOneChangedRow_besideTheUnchangedOnes() {
        List<Row> rows = body(BASE.withBody("구청장은 28일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다."));

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.CHANGED, Kind.SAME, Kind.SAME);
        assertThat(marked(rows.get(0).right(), rows.get(0).rightSpans())).containsExactly("은", "8");
    }

    @Test
    void anAddedParagraph_isAnAddedRow_andNothingElseChanges() {
        List<Row> rows = body(BASE.withBody("구청장이 27일 기자회견을 열었다.\n\n예산안도 함께 발표했다.\n\n주민 설명회는 다음 달에 열린다."));

        assertThat(rows)
                .filteredOn(r -> r.kind() == Kind.ADDED)
                .extracting(Row::right)
                .contains("예산안도 함께 발표했다.");
        assertThat(rows).extracting(Row::kind).doesNotContain(Kind.CHANGED, Kind.REMOVED);
        assertThat(rows)
                .filteredOn(r -> r.kind() == Kind.SAME)
                .extracting(Row::left)
                .contains("구청장이 27일 기자회견을 열었다.", "주민 설명회는 다음 달에 열린다.");
    }

    @Test
    void aRemovedParagraph_isARemovedRow() {
        List<Row> rows = body(BASE.withBody("구청장이 27일 기자회견을 열었다."));

        assertThat(rows)
                .filteredOn(r -> r.kind() == Kind.REMOVED)
                .extracting(Row::left)
                .contains("주민 설명회는 다음 달에 열린다.");
        assertThat(rows).extracting(Row::kind).doesNotContain(Kind.CHANGED, Kind.ADDED);
    }

    @Test
    void aNewParagraphAboveAnEditedOne_doesNotPairTheWrongTwo() {
        ArticleContent before = BASE.withBody("구청장이 27일 기자회견을 열었다.");
        ArticleContent after = BASE.withBody("비가 와서 야외 행사는 모두 취소됐다.\n구청장은 28일 기자회견을 열었다.");

        List<Row> rows = ContentDiff.rows(before, after).stream()
                .filter(r -> r.field() == Field.BODY)
                .toList();

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.ADDED, Kind.CHANGED);
        assertThat(rows.get(0).right()).isEqualTo("비가 와서 야외 행사는 모두 취소됐다.");
        assertThat(marked(rows.get(1).left(), rows.get(1).leftSpans())).containsExactly("이", "7");
    }

    @Test
    void fieldsComeFirst_inOrder_andUnchangedOnesAreSame() {
        List<Row> rows = ContentDiff.rows(BASE, BASE);

        assertThat(rows)
                .extracting(Row::field)
                .startsWith(Field.HEADLINE, Field.SUBHEADLINE, Field.SECTION, Field.TAGS, Field.BODY);
        assertThat(rows).extracting(Row::kind).containsOnly(Kind.SAME);
    }

    @Test
    void headlineAndSection_changes_areMarked_andAFirstSubheadlineIsAdded() {
        ArticleContent after =
                BASE.withHeadline("영등포구청장 긴급 기자회견").withSection("정치").withSubheadline("예산안 발표");

        List<Row> rows = ContentDiff.rows(BASE, after);

        Row headline = rows.get(0);
        assertThat(headline.kind()).isEqualTo(Kind.CHANGED);
        assertThat(marked(headline.right(), headline.rightSpans())).containsExactly("긴급 ");
        assertThat(rows.get(1).kind()).isEqualTo(Kind.ADDED);
        assertThat(rows.get(1).right()).isEqualTo("예산안 발표");
        assertThat(rows.get(2)).extracting(Row::kind, Row::left, Row::right).containsExactly(Kind.CHANGED, "사회", "정치");
    }

    @Test
    void tags_changeAsWholeWords() {
        Row tags =
                ContentDiff.rows(BASE, BASE.withTags(List.of("구청", "예산", "회의"))).get(3);

        assertThat(tags.kind()).isEqualTo(Kind.CHANGED);
        assertThat(tags.left()).isEqualTo("구청, 회의");
        assertThat(tags.right()).isEqualTo("구청, 예산, 회의");
        assertThat(marked(tags.right(), tags.rightSpans())).containsExactly("예산, ");
        assertThat(tags.leftSpans()).containsExactly(new Span(4, 4));
    }

    @Test
    void aRemovedLastTag_isMarkedOnTheOldSide_withItsComma() {
        Row tags = ContentDiff.rows(BASE, BASE.withTags(List.of("구청"))).get(3);

        assertThat(marked(tags.left(), tags.leftSpans())).containsExactly(", 회의");
        assertThat(tags.rightSpans()).containsExactly(new Span(2, 2));
    }

    @Test
    void betweenTheSpansOfAChangedRow_bothSidesReadTheSame() {
        List<ArticleContent> afters = List.of(
                BASE.withTags(List.of("예산", "회의")),
                BASE.withTags(List.of("구청", "회의", "예산")),
                BASE.withTags(List.of("예산")),
                BASE.withTags(List.of("회의", "구청")),
                BASE.withHeadline("영등포 구청장의 기자회견").withBody("구청장은 28일 오전 기자회견을 열었다.\n\n설명회는 다음 달 열린다."));
        for (ArticleContent after : afters) {
            for (Row row : ContentDiff.rows(BASE, after)) {
                if (row.kind() == Kind.CHANGED) {
                    assertThat(between(row.right(), row.rightSpans()))
                            .as(row.toString())
                            .isEqualTo(between(row.left(), row.leftSpans()));
                }
            }
        }
    }

    /** The text outside the spans, piece by piece. */
    private static List<String> between(String text, List<Span> spans) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            pieces.add(text.substring(at, s.start()));
            at = s.end();
        }
        pieces.add(text.substring(at));
        return pieces;
    }

    private static List<Row> body(ArticleContent after) {
        return ContentDiff.rows(BASE, after).stream()
                .filter(r -> r.field() == Field.BODY)
                .toList();
    }

    private static List<String> marked(String text, List<Span> spans) {
        return spans.stream()
                .filter(s -> !s.isEmpty())
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }
}
