package org.byline.domain;

import java.time.Instant;
import java.util.List;

/**
 * A copy of an article's text kept at a moment that matters: a submit, a desk edit, an approval,
 * a restore, or when someone asked for one. {@code number} counts the article's revisions from 1;
 * {@code by} is the person's name as it read then. {@code byline} is the article's byline at that
 * moment, or null for a revision kept before Byline recorded bylines with them.
 */
public record Revision(
        long id,
        long articleId,
        int number,
        String kind,
        String by,
        Instant at,
        ArticleContent content,
        String byline) {
    public static final String SUBMIT = "submit";
    public static final String DESK_EDIT = "desk-edit";
    public static final String APPROVE = "approve";
    public static final String RESTORE = "restore";
    public static final String MANUAL = "manual";
    public static final List<String> KINDS = List.of(SUBMIT, DESK_EDIT, APPROVE, RESTORE, MANUAL);

    public Revision {
        if (!KINDS.contains(kind)) {
            throw new NewsroomException("error.revision.unknownKind", kind, String.join(", ", KINDS));
        }
    }
}
