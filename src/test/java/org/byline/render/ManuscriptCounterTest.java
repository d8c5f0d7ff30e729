package org.byline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.byline.domain.TextCounts;
import org.junit.jupiter.api.Test;

/**
 * The desk's rule, as ManuscriptCounter's javadoc states it: 200-character manuscript paper of
 * 20 cells by 10 rows; every character and space takes a cell; a paragraph starts a new row with
 * one empty cell of indentation; a line break inside a paragraph starts a new row without it; the
 * rest of a row where a paragraph or line ends stays empty; blank lines take no rows; sheets are
 * rows / 10. Characters count everything but line breaks; without spaces leaves out whitespace.
 */
class ManuscriptCounterTest {

    @Test
    void nineteenCharacters_fillOneRowWithTheIndent() {
        // 1 indent + 19 = 20 cells = 1 row
        assertThat(ManuscriptCounter.count("가".repeat(19))).isEqualTo(new TextCounts(19, 19, 0.1));
    }

    @Test
    void twentyCharacters_spillIntoASecondRowBecauseOfTheIndent() {
        // 1 indent + 20 = 21 cells = 2 rows
        assertThat(ManuscriptCounter.count("가".repeat(20)).manuscriptSheets()).isEqualTo(0.2);
    }

    @Test
    void twoShortParagraphs_eachStartANewRow() {
        // "골목상권" 4 + indent = 1 row; "살리기" 3 + indent = 1 row
        TextCounts counts = ManuscriptCounter.count("골목상권\n\n살리기");

        assertThat(counts).isEqualTo(new TextCounts(7, 7, 0.2));
    }

    @Test
    void lineBreakInsideAParagraph_startsARowWithoutIndent() {
        // first line: 1 indent + 19 = 20 cells = 1 row; second line: 20 cells, no indent = 1 row
        TextCounts counts = ManuscriptCounter.count("가".repeat(19) + "\n" + "나".repeat(20));

        assertThat(counts).isEqualTo(new TextCounts(39, 39, 0.2));
    }

    @Test
    void spaces_takeCells_butAreLeftOutOfCharactersWithoutSpaces() {
        // "구청장 회의 열려" = 9 characters, 7 without the two spaces
        TextCounts counts = ManuscriptCounter.count("구청장 회의 열려");

        assertThat(counts.characters()).isEqualTo(9);
        assertThat(counts.charactersWithoutSpaces()).isEqualTo(7);
    }

    @Test
    void spacesFillCells_soNineteenLettersAndASpaceNeedTwoRows() {
        // 1 indent + 10 + 1 space + 9 = 21 cells = 2 rows
        assertThat(ManuscriptCounter.count("가".repeat(10) + " " + "나".repeat(9)).manuscriptSheets())
                .isEqualTo(0.2);
    }

    @Test
    void noBreakSpaces_countAsSpaces() {
        TextCounts counts = ManuscriptCounter.count("한빛\u00a0시장");

        assertThat(counts.characters()).isEqualTo(5);
        assertThat(counts.charactersWithoutSpaces()).isEqualTo(4);
    }

    @Test
    void lineBreaks_areNeverCounted_whateverTheirKind() {
        assertThat(ManuscriptCounter.count("가\n나\n\n다").characters()).isEqualTo(3);
        assertThat(ManuscriptCounter.count("가\r\n나\r\n\r\n다").characters()).isEqualTo(3);
        assertThat(ManuscriptCounter.count("가\r나").characters()).isEqualTo(2);
    }

    @Test
    void blankLines_takeNoRows() {
        // three paragraphs of one row each, however many blank lines lie between
        assertThat(ManuscriptCounter.count("가\n\n\n\n나\n \n\u00a0\n다").manuscriptSheets())
                .isEqualTo(0.3);
    }

    @Test
    void listItemsAndSubheadings_eachTakeTheirOwnRow() {
        // paragraph of 3 lines: indented "주요 내용" (1 row), "△임대료 지원" (1), "△배송센터" (1); "## 소제목" alone (1)
        TextCounts counts = ManuscriptCounter.count("주요 내용\n△임대료 지원\n△배송센터\n\n## 소제목");

        assertThat(counts.manuscriptSheets()).isEqualTo(0.4);
    }

    @Test
    void twoHundredCharacters_inOneParagraph_are11Rows() {
        // 1 indent + 200 = 201 cells = 11 rows = 1.1매
        assertThat(ManuscriptCounter.count("가".repeat(200)).manuscriptSheets()).isEqualTo(1.1);
    }

    @Test
    void rowsDividedByTen_giveTheSheets_153RowsAre15point3() {
        String body = String.join("\n\n", Collections.nCopies(153, "한 줄 문단"));

        assertThat(ManuscriptCounter.count(body).manuscriptSheets()).isEqualTo(15.3);
    }

    @Test
    void emojiAndOtherSupplementaryCharacters_countAsOneCharacter() {
        assertThat(ManuscriptCounter.count("👍좋아요").characters()).isEqualTo(4);
    }

    @Test
    void aLineOfOnlySpaces_isABlankLine_thatSeparatesParagraphs_andCountsNothing() {
        TextCounts counts = ManuscriptCounter.count("가\n \u00a0\n나");

        assertThat(counts.characters()).isEqualTo(2);
        assertThat(counts.charactersWithoutSpaces()).isEqualTo(2);
        assertThat(counts.manuscriptSheets()).isEqualTo(0.2);
    }

    @Test
    void emptyBody_countsNothing() {
        assertThat(ManuscriptCounter.count("")).isEqualTo(new TextCounts(0, 0, 0.0));
        assertThat(ManuscriptCounter.count("\n\n\n")).isEqualTo(new TextCounts(0, 0, 0.0));
        assertThat(ManuscriptCounter.count(null)).isEqualTo(new TextCounts(0, 0, 0.0));
    }

    @Test
    void onA150CharacterSheet_rowsHold15Cells() {
        // 14 characters and the indent fill one 15-cell row; one more starts a second row
        assertThat(ManuscriptCounter.count("가".repeat(14), 150)).isEqualTo(new TextCounts(14, 14, 0.1, 150));
        assertThat(ManuscriptCounter.count("가".repeat(15), 150).manuscriptSheets())
                .isEqualTo(0.2);
        // 150 characters + indent = 151 cells = 11 rows, as 200 characters are on the 200-character sheet
        assertThat(ManuscriptCounter.count("가".repeat(150), 150).manuscriptSheets())
                .isEqualTo(1.1);
        // a list item starts its own row without the indent
        assertThat(ManuscriptCounter.count("가".repeat(14) + "\n" + "나".repeat(15), 150)
                        .manuscriptSheets())
                .isEqualTo(0.2);
    }
}
