package org.byline.exchange.imports;

import java.time.Instant;
import java.util.List;

/**
 * What a file says about an article, in Byline's terms: the body in the body format, the byline
 * as the file names the reporter ("홍길동 기자"), the 등록 time when the file has one. Subjects
 * are the file's own words for section and tags; the newsroom decides which is a section.
 */
public record ImportedArticle(
        Kind kind,
        String headline,
        String subheadline,
        List<String> subjects,
        String body,
        String byline,
        Instant registeredAt,
        List<ImportedPhoto> photos) {

    /** How the file was read, for the history and for tests. */
    public enum Kind {
        TEXT,
        MARKDOWN,
        NEWS_PAGE,
        COPIED_PAGE,
        NINJS,
        PACKAGE
    }

    public ImportedArticle {
        headline = headline == null ? "" : headline.strip();
        subheadline = subheadline == null ? "" : subheadline.strip();
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        body = body == null ? "" : body;
        byline = byline == null ? "" : byline.strip();
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public boolean isEmpty() {
        return headline.isBlank() && body.isBlank();
    }
}
