package org.byline.render;

import org.byline.domain.Article;
import org.byline.domain.Outlet;

/** The article as plain text, laid out as the page reads: for the terminal and for e-mail. */
public final class ArticleText {
    private ArticleText() {}

    public static String render(Article article, Outlet outlet) {
        var c = article.content();
        StringBuilder out = new StringBuilder();
        if (!c.section().isBlank()) {
            out.append('[').append(c.section()).append("]\n");
        }
        out.append(c.headline()).append('\n');
        if (!c.subheadline().isBlank()) {
            out.append(c.subheadline()).append('\n');
        }
        out.append("등록 ").append(SiteTime.format(article.shownRegisteredAt()));
        if (article.modifiedAt() != null) {
            out.append(" | 수정 ").append(SiteTime.format(article.modifiedAt()));
        }
        out.append("\n\n");
        String lead = Bylines.lead(outlet, article.byline());
        var paragraphs = BodyFormat.paragraphs(c.body());
        if (paragraphs.isEmpty() && !lead.isEmpty()) {
            out.append(lead).append("\n\n");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(i == 0 ? Bylines.before(lead) : "")
                    .append(paragraphs.get(i))
                    .append("\n\n");
        }
        out.append(Bylines.closing(article.byline()));
        if (!article.reporter().email().isBlank()) {
            out.append(' ').append(article.reporter().email());
        }
        out.append('\n');
        if (!c.tags().isEmpty()) {
            out.append(String.join(" ", c.tags().stream().map(t -> "#" + t).toList()))
                    .append('\n');
        }
        out.append(outlet.footer()).append('\n');
        return out.toString();
    }
}
