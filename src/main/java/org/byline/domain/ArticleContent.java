package org.byline.domain;

import java.util.List;

/** What a reporter types: the part of an article that editing changes. */
public record ArticleContent(String headline, String subheadline, String section, List<String> tags, String body) {
    public static final ArticleContent EMPTY = new ArticleContent("", "", "", List.of(), "");

    public ArticleContent {
        headline = headline == null ? "" : headline;
        subheadline = subheadline == null ? "" : subheadline;
        section = section == null ? "" : section;
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
        body = body == null ? "" : body;
    }

    public boolean isEmpty() {
        return headline.isBlank() && subheadline.isBlank() && body.isBlank() && tags.isEmpty();
    }

    public ArticleContent withHeadline(String value) {
        return new ArticleContent(value, subheadline, section, tags, body);
    }

    public ArticleContent withSubheadline(String value) {
        return new ArticleContent(headline, value, section, tags, body);
    }

    public ArticleContent withSection(String value) {
        return new ArticleContent(headline, subheadline, value, tags, body);
    }

    public ArticleContent withTags(List<String> value) {
        return new ArticleContent(headline, subheadline, section, value, body);
    }

    public ArticleContent withBody(String value) {
        return new ArticleContent(headline, subheadline, section, tags, value);
    }
}
