package org.byline.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    private final ArticleContent article = new ArticleContent(
            "구청장, 예산 설명", "예산 3조", "정치", List.of("예산"), "구청장이 예산을 설명했다.\n\n예산은 Budget 이라고 한다. budget.");

    @Test
    void matchesAreInReadingOrder_headlineSubheadlineBody_tagsNot() {
        assertThat(TextSearch.find(article, "예산"))
                .containsExactly(
                        new TextSearch.Match("headline", 5, 7),
                        new TextSearch.Match("subheadline", 0, 2),
                        new TextSearch.Match("body", 5, 7),
                        new TextSearch.Match("body", 16, 18));
    }

    @Test
    void latinLettersMatchInAnyCase() {
        assertThat(TextSearch.find(article, "BUDGET")).hasSize(2);
    }

    @Test
    void aDecomposedQuery_findsTheComposedText() {
        String decomposed = Normalizer.normalize("예산", Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan(2);
        assertThat(TextSearch.find(article, decomposed)).hasSize(4);
    }

    @Test
    void nextFrom_findsTheFirstMatchAfterTheCaret_andWrapsRound() {
        List<TextSearch.Match> matches = TextSearch.find(article, "예산");
        assertThat(TextSearch.nextFrom(matches, "body", 5)).isEqualTo(2);
        assertThat(TextSearch.nextFrom(matches, "body", 6)).isEqualTo(3);
        assertThat(TextSearch.nextFrom(matches, "body", 17)).isZero();
        assertThat(TextSearch.nextFrom(matches, "headline", 0)).isZero();
    }

    @Test
    void replaceAll_neverSearchesItsOwnReplacements() {
        assertThat(TextSearch.replaceAll("가 가", "가", "가가")).isEqualTo("가가 가가");
        assertThat(TextSearch.replaceAll("aaa", "aa", "b")).isEqualTo("ba");
        assertThat(TextSearch.replaceAll("그대로", "", "x")).isEqualTo("그대로");
    }

    @Test
    void anEmptyQuery_findsNothing() {
        assertThat(TextSearch.find(article, "")).isEmpty();
        assertThat(TextSearch.find(article, null)).isEmpty();
    }
}
