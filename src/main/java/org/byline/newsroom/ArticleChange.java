package org.byline.newsroom;

import java.time.Instant;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Status;

/** The desk's marks on one article being changed by an action, copied back into an Article at the end. */
final class ArticleChange {
    private final Article before;
    Status status;
    ArticleContent content;
    Instant submittedAt;
    Instant registeredAt;
    Instant modifiedAt;
    Instant embargoUntil;
    String returnNote;
    String correctionNote;
    /** What 복원 will restore; only the store keeps it, the Article does not show it. */
    Status spikedFrom;

    ArticleChange(Article before, Status spikedFrom) {
        this.before = before;
        this.spikedFrom = spikedFrom;
        this.status = before.status();
        this.content = before.content();
        this.submittedAt = before.submittedAt();
        this.registeredAt = before.registeredAt();
        this.modifiedAt = before.modifiedAt();
        this.embargoUntil = before.embargoUntil();
        this.returnNote = before.returnNote();
        this.correctionNote = before.correctionNote();
    }

    /** The article after the change, made at {@code now}. The store sets the version. */
    Article at(Instant now) {
        return new Article(
                before.id(),
                before.version(),
                status,
                content,
                before.byline(),
                before.reporter(),
                before.createdAt(),
                now,
                registeredAt,
                modifiedAt,
                submittedAt,
                embargoUntil,
                returnNote,
                correctionNote);
    }
}
