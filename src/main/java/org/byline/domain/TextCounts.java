package org.byline.domain;

/**
 * Length of a body as a Korean desk measures it: characters with and without spaces, and
 * 원고지 매수 (200-character manuscript sheets, to one decimal). How they are counted is written
 * down in {@code org.byline.render.ManuscriptCounter}.
 */
public record TextCounts(int characters, int charactersWithoutSpaces, double manuscriptSheets) {
}
