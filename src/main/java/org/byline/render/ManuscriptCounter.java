package org.byline.render;

import org.byline.domain.ManuscriptRules;
import org.byline.domain.TextCounts;

/**
 * Counts a body the way a Korean desk does.
 *
 * <ul>
 *   <li>Characters: every character of the body except line breaks, spaces included. Lines that
 *       hold only spaces are blank lines: like empty ones they separate paragraphs and count
 *       nothing (the body format treats them the same). A "[[사진2]]" line is a photo's place and
 *       counts nothing either.</li>
 *   <li>Characters without spaces: the same, without any whitespace.</li>
 *   <li>원고지 매수: the body written out on 200-character manuscript paper, 20 cells by 10 rows.
 *       Every character and every space takes one cell. A paragraph (text between blank lines)
 *       starts on a new row with one empty cell of indentation; a single line break inside a
 *       paragraph (a list item, a subheading, a forced break) starts a new row without the
 *       indentation; the rest of the row a paragraph or line ends in stays empty. Blank lines
 *       only separate paragraphs and take no rows. The sheets are rows / 10, so 153 rows are
 *       15.3매.</li>
 *   <li>A 150-character sheet is the same with rows of 15 cells (15 by 10); some desks still
 *       count in it, so it is a setting ({@code manuscript.sheet}).</li>
 * </ul>
 */
public final class ManuscriptCounter {
    static final int ROWS_PER_SHEET = 10;

    private ManuscriptCounter() {}

    public static TextCounts count(String body) {
        return count(body, ManuscriptRules.STANDARD_SHEET);
    }

    /** @param sheetSize 200 or 150 characters a sheet, in rows of 10 */
    public static TextCounts count(String body, int sheetSize) {
        int columns = sheetSize / ROWS_PER_SHEET;
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        int characters = 0;
        int withoutSpaces = 0;
        int rows = 0;
        for (String paragraph : BodyFormat.paragraphs(text)) {
            boolean first = true;
            for (String line : paragraph.split("\n", -1)) {
                if (BodyFormat.photoNumber(line) > 0) {
                    continue; // a photo's place, not text
                }
                int length = line.codePointCount(0, line.length());
                characters += length;
                withoutSpaces += (int) line.codePoints()
                        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                        .count();
                int cells = length + (first ? 1 : 0);
                rows += Math.max(1, (cells + columns - 1) / columns);
                first = false;
            }
        }
        return new TextCounts(characters, withoutSpaces, rows / (double) ROWS_PER_SHEET, sheetSize);
    }
}
