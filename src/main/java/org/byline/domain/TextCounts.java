package org.byline.domain;

/**
 * Length of a body as a Korean desk measures it: characters with and without spaces, and
 * 원고지 매수 on sheets of {@code sheetSize} characters (200, or 150), to one decimal. How they are
 * counted is written down in {@code org.byline.render.ManuscriptCounter}.
 */
public record TextCounts(int characters, int charactersWithoutSpaces, double manuscriptSheets, int sheetSize) {
    public TextCounts(int characters, int charactersWithoutSpaces, double manuscriptSheets) {
        this(characters, charactersWithoutSpaces, manuscriptSheets, ManuscriptRules.STANDARD_SHEET);
    }
}
