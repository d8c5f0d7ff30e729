package org.byline.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A WordPress site through its REST API (/wp-json/wp/v2), signed in with an application password.
 * Photos go up once per site (found again by their slug if an upload answer was lost), terms are
 * looked up by name and created when missing, and the post is looked up by its slug before it is
 * created, so an article reaches the site exactly once and a later push updates the same post.
 */
public final class WordPressClient implements SiteClient {
    private static final DateTimeFormatter GMT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String api;
    private final SiteHttp http;
    private final String siteName;
    private final Duration siteFinishes;

    public WordPressClient(
            String siteName, String siteUrl, String user, char[] applicationPassword, PushTimeouts timeouts) {
        String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        this.api = base + "/wp-json/wp/v2/";
        this.siteName = siteName;
        this.siteFinishes = timeouts.siteFinishes();
        String pair = user + ":" + new String(applicationPassword);
        this.http = new SiteHttp(
                siteName,
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                timeouts);
    }

    @Override
    public Delivery deliver(Story story, RemoteMemory memory) {
        Map<Integer, String> sources = new LinkedHashMap<>();
        long featured = 0;
        for (Picture picture : story.pictures()) {
            RemoteMemory.Media media = upload(picture, memory);
            describe(media.remoteId(), picture);
            sources.put(picture.number(), media.sourceUrl());
            if (picture.lead() && featured == 0) {
                featured = Long.parseLong(media.remoteId());
            }
        }
        List<Long> categories = story.section() == null || story.section().isBlank()
                ? List.of()
                : List.of(term("categories", story.section()));
        List<Long> tags = new ArrayList<>();
        for (String tag : story.tags()) {
            tags.add(term("tags", tag));
        }
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", Html.inert(Html.text(story.headline())));
        post.put("content", Html.inert(story.content().apply(sources)));
        post.put("excerpt", Html.inert(Html.text(story.excerpt())));
        post.put("slug", story.slug());
        if (story.releaseAt() != null) {
            post.put("status", "future");
            post.put("date_gmt", GMT.format(story.releaseAt()));
        } else {
            post.put("status", "publish");
        }
        post.put("categories", categories);
        post.put("tags", tags);
        post.put("featured_media", featured);

        Optional<String> remembered = memory.post();
        Optional<String> known = remembered.isPresent() ? remembered : findPost(story.slug());
        if (remembered.isEmpty() && known.isPresent()) {
            memory.rememberPost(known.get(), ""); // created by a push whose answer was lost
            memory.createAnswered(story.slug());
        }
        JsonNode saved = null;
        if (known.isPresent()) {
            try {
                saved = http.postJson(URI.create(api + "posts/" + known.get()), post)
                        .json();
            } catch (PushFault e) {
                if (!isGone(e)) {
                    throw e;
                }
                known = Optional.empty(); // deleted on the site since: it gets the article anew
            }
        }
        if (saved == null) {
            saved = create(story.slug(), memory, () -> http.postJson(URI.create(api + "posts"), post));
        }
        String id = saved.path("id").asText();
        String link = saved.path("link").asText("");
        memory.rememberPost(id, link);
        memory.createAnswered(story.slug());
        return new Delivery(id, link, known.isPresent());
    }

    /** The photo's id and address on the site: remembered, found by its slug, or uploaded now. */
    private RemoteMemory.Media upload(Picture picture, RemoteMemory memory) {
        Optional<RemoteMemory.Media> known = memory.media(picture.sha256());
        if (known.isPresent()) {
            return known.get();
        }
        JsonNode found = http.get(URI.create(api + "media?slug=" + query(picture.slug())))
                .json();
        if (found.isArray() && found.size() > 0) {
            return remember(memory, picture, found.get(0));
        }
        // not found, and an upload of it may still be under way on the site: wait for it rather than upload twice
        mayCreate(picture.slug(), memory);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(picture.file());
        } catch (IOException e) {
            throw new PushFault(
                    false,
                    "push.photoUnreadable",
                    e,
                    picture.file().getFileName().toString());
        }
        HttpRequest request = http.request(URI.create(api + "media"), true)
                .header("Content-Type", picture.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + picture.fileName() + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return remember(memory, picture, create(picture.slug(), memory, () -> http.send(request, picture.fileName())));
    }

    private static RemoteMemory.Media remember(RemoteMemory memory, Picture picture, JsonNode media) {
        String id = media.path("id").asText();
        String source = media.path("source_url").asText("");
        memory.rememberMedia(picture.sha256(), id, source);
        memory.createAnswered(picture.slug());
        return new RemoteMemory.Media(id, source);
    }

    /**
     * Sends a create (a post, an upload) that the slug lookup found no trace of. A create whose
     * answer did not come may still be running on the site, which then makes the thing after
     * Byline's lookup: creating again would make it twice. So the outbox notes the create before
     * it goes, and until the site has surely finished ({@link PushTimeouts#siteFinishes}) the job
     * only looks for it by its slug on each try; once that time is past, nothing was made and the
     * create goes again. An answer that says nothing was made (a refusal, 503, 429) ends the wait.
     */
    private JsonNode create(String slug, RemoteMemory memory, Supplier<SiteHttp.Answer> request) {
        mayCreate(slug, memory);
        memory.creating(slug);
        try {
            return request.get().json();
        } catch (PushFault fault) {
            if (!mayHaveMade(fault)) {
                memory.createAnswered(slug);
            }
            throw fault;
        }
    }

    /** Refuses, for now, a create that an earlier unanswered one may still be making. */
    private void mayCreate(String slug, RemoteMemory memory) {
        Optional<Duration> unanswered = memory.unansweredCreate(slug);
        if (unanswered.isPresent() && unanswered.get().compareTo(siteFinishes) < 0) {
            throw PushFault.unsettled(
                    siteFinishes.minus(unanswered.get()),
                    "push.createUnanswered",
                    siteName,
                    slug,
                    unanswered.get().toSeconds());
        }
    }

    /**
     * Whether the site may have made what a failed create asked for: no answer (a timeout, a lost
     * connection), or a gateway's 502/504, which says only that the site did not answer the gateway
     * in time. A refusal, 500 (WordPress's own "could not insert"), 503 and 429 (turned away before
     * the work) made nothing; an unreachable site was never asked.
     */
    private static boolean mayHaveMade(PushFault fault) {
        return switch (fault.key()) {
            case "push.timeout", "push.connectionLost" -> true;
            case "push.siteTrouble" ->
                fault.args().length > 1
                        && (Integer.valueOf(502).equals(fault.args()[1])
                                || Integer.valueOf(504).equals(fault.args()[1]));
            default -> false;
        };
    }

    /** Caption and alt text, sent on every push so an edit of them reaches the site too. */
    private void describe(String mediaId, Picture picture) {
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("caption", Html.inert(Html.text(picture.caption())));
        // WordPress escapes alt text itself when it prints it, leaving entities as they are: &#91; shows as "["
        words.put("alt_text", Html.inert(picture.alt()));
        http.postJson(URI.create(api + "media/" + mediaId), words);
    }

    /** A category's or tag's id by its name, created when the site has none by that name. */
    private long term(String taxonomy, String name) {
        Optional<Long> found = findTerm(taxonomy, name);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return http.postJson(URI.create(api + taxonomy), Map.of("name", Html.text(name)))
                    .json()
                    .path("id")
                    .asLong();
        } catch (PushFault e) {
            // created meanwhile (by another push, or the search missed it): WordPress names the one it has
            Optional<Long> meanwhile = "push.refused".equals(e.key()) ? findTerm(taxonomy, name) : Optional.empty();
            return meanwhile.orElseThrow(() -> e);
        }
    }

    /** The term the site shows as {@code name}; WordPress answers names escaped ("A &amp; B"). */
    private Optional<Long> findTerm(String taxonomy, String name) {
        JsonNode found = http.get(URI.create(api + taxonomy + "?per_page=100&search=" + query(name)))
                .json();
        for (JsonNode term : found) {
            if (Html.unescape(term.path("name").asText()).equals(name)) {
                return Optional.of(term.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    /** The post that has this slug, whatever its status, if the site already has it. */
    private Optional<String> findPost(String slug) {
        JsonNode found = http.get(URI.create(api + "posts?status=any&slug=" + query(slug)))
                .json();
        return found.isArray() && found.size() > 0
                ? Optional.of(found.get(0).path("id").asText())
                : Optional.empty();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isGone(PushFault e) {
        return "push.refused".equals(e.key())
                && e.args().length > 1
                && Integer.valueOf(404).equals(e.args()[1]);
    }
}
