package org.byline.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An article as a site takes it. {@code slug} is deterministic (the same article always has the
 * same one) so a post whose creation answer was lost is found again. {@code releaseAt} is set
 * while an embargo holds: the site keeps the post scheduled until then.
 *
 * @param content  the post's HTML given where the site serves each photo (photo number to address)
 * @param document the article as one document for endpoints that take documents (ninjs)
 */
public record Story(
        long articleId,
        String slug,
        String headline,
        String excerpt,
        String section,
        List<String> tags,
        Instant releaseAt,
        List<Picture> pictures,
        Function<Map<Integer, String>, String> content,
        Supplier<byte[]> document) {
    public Story {
        tags = List.copyOf(tags);
        pictures = List.copyOf(pictures);
    }
}
