package org.byline.newsroom;

import org.byline.domain.ArticleContent;
import org.byline.exchange.PastedText;

/**
 * What the window and the command line hand in as an article's text, made fit to store: the
 * characters paste and import already drop (control characters a terminal would obey when
 * {@code show} or {@code list} prints them, invisible and direction-changing ones) go here too,
 * by the same rule ({@link PastedText#isInvisible}). Line breaks and tabs stay in the body only.
 */
final class TypedContent {
    private TypedContent() {}

    /** Cleaned, then refused when it holds more than {@link ContentLimits} allows. */
    static ArticleContent accepted(ArticleContent content) {
        ArticleContent cleaned = cleaned(content);
        ContentLimits.check(cleaned);
        return cleaned;
    }

    static ArticleContent cleaned(ArticleContent content) {
        return new ArticleContent(
                line(content.headline()),
                line(content.subheadline()),
                line(content.section()),
                content.tags().stream().map(TypedContent::line).toList(),
                PastedText.typed(content.body(), true));
    }

    /** A byline, headline, tag: one line. */
    static String line(String text) {
        return PastedText.typed(text, false);
    }
}
