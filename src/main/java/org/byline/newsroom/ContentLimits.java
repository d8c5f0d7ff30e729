package org.byline.newsroom;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.PhotoDetails;

/**
 * How much an article and a photo's words may hold, the same for the window and the command
 * line. Each limit is far above any real article (a headline of 300 characters is ten times the
 * house style's warning) and far below what makes the queue, the page or a push choke: 40,000
 * characters of headline or 50,000 tags are a mistake or an attack, never a story. A refused save
 * in the window keeps the text on screen, as any failed save does.
 */
public final class ContentLimits {
    public static final int HEADLINE = 300;
    public static final int SUBHEADLINE = 500;
    public static final int TAG = 50;
    public static final int TAGS = 50;
    /** The body file limit too: a 3,000-character article is about 9 KB of UTF-8. */
    public static final long BODY_BYTES = 2L * 1024 * 1024;

    public static final int CAPTION = 2_000;
    public static final int CREDIT = 200;
    public static final int ALT = 1_000;

    private ContentLimits() {}

    static void check(ArticleContent content) {
        within("error.limit.headline", content.headline(), HEADLINE);
        within("error.limit.subheadline", content.subheadline(), SUBHEADLINE);
        List<String> tags = content.tags();
        if (tags.size() > TAGS) {
            throw new NewsroomException("error.limit.tags", TAGS, tags.size());
        }
        for (String tag : tags) {
            if (length(tag) > TAG) {
                throw new NewsroomException(
                        "error.limit.tag", TAG, tag.substring(0, tag.offsetByCodePoints(0, 20)) + "…");
            }
        }
        String body = content.body();
        // three bytes a character at most for Korean: count only when it could matter
        if ((long) body.length() * 3 > BODY_BYTES && body.getBytes(StandardCharsets.UTF_8).length > BODY_BYTES) {
            throw new NewsroomException("error.limit.body", BODY_BYTES / 1024 / 1024);
        }
    }

    static void check(PhotoDetails details) {
        within("error.limit.caption", details.caption(), CAPTION);
        within("error.limit.credit", details.credit(), CREDIT);
        within("error.limit.alt", details.alt(), ALT);
    }

    private static void within(String key, String text, int max) {
        int length = length(text);
        if (length > max) {
            throw new NewsroomException(key, max, length);
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
