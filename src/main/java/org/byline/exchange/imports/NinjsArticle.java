package org.byline.exchange.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.byline.domain.NewsroomException;
import org.byline.exchange.PastedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article in IPTC ninjs 3.x: headlines (main, subheadline), bodies (HTML turned back into the
 * body format, else plain text), by, subjects, firstCreated, and picture associations with their
 * captions (descriptions) and credits (by). The document is checked against the schema first; an
 * invalid one is refused with the first problem named.
 */
final class NinjsArticle {
    /**
     * How deep a document may nest. ninjs itself is a few levels deep (a GeoJSON place inside a
     * subject adds a few more); a document nested thousands deep is an attack on the parsers,
     * which recurse, so it is refused before any of them walks it.
     */
    static final int MAX_DEPTH = 100;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build());

    private NinjsArticle() {}

    static boolean looksLikeJson(String text) {
        return PageText.strip(text).startsWith("{");
    }

    /**
     * @param photos finds the file of a picture association by its "original" rendition; given
     *               only when the document came in a package that holds the files
     */
    static ImportedArticle read(
            String json, NinjsSchema schema, ImportedArticle.Kind kind, Function<JsonNode, Path> photos) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new NewsroomException("import.tooDeep", e, MAX_DEPTH);
        } catch (JsonProcessingException e) {
            // a location is not always known (a limit, an early end): name it when it is
            String where = e.getLocation() == null
                    ? ""
                    : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
            throw new NewsroomException("import.badJson", e, e.getOriginalMessage() + where);
        } catch (StackOverflowError e) {
            throw new NewsroomException("import.tooDeep", e, MAX_DEPTH);
        }
        Optional<String> problem;
        try {
            problem = schema.firstProblem(json);
        } catch (StackOverflowError e) {
            // the validator parses and walks the document again, recursively, with limits of its own
            throw new NewsroomException("import.tooDeep", e, MAX_DEPTH);
        }
        if (problem.isPresent()) {
            throw new NewsroomException("import.invalidNinjs", problem.get());
        }
        String headline = headline(root, "main");
        String subheadline = headline(root, "subheadline");
        if (headline.isEmpty()) {
            headline = first(root.path("headlines")).path("value").asText("");
        }
        List<String> subjects = new ArrayList<>();
        for (JsonNode s : root.path("subjects")) {
            String name = s.path("name").asText(s.path("literal").asText("")).strip();
            if (!name.isEmpty()) {
                subjects.add(name);
            }
        }
        // photos first: the body's figures name them (data-photo), and come back as [[사진N]]
        List<ImportedPhoto> pictures = new ArrayList<>();
        Map<String, Integer> placeOf = new HashMap<>();
        if (photos != null) {
            for (JsonNode a : root.path("associations")) {
                if ("picture".equals(a.path("type").asText())) {
                    pictures.add(new ImportedPhoto(
                            photos.apply(a),
                            description(a, "caption", 0),
                            a.path("by").asText(""),
                            description(a, "alt", -1),
                            "lead".equals(a.path("rel").asText())));
                    String name = a.path("name").asText("");
                    if (name.matches("photo\\d+")) {
                        placeOf.put(name.substring("photo".length()), pictures.size());
                    }
                }
            }
        }
        String body = body(root.path("bodies"), placeOf);
        String byline = root.path("by").asText("").strip();
        Optional<PageText.Lead> lead = PageText.lead(body);
        if (lead.isPresent()) {
            // our own export writes the body as the page shows it, lead and all: the byline says it once
            byline = byline.isEmpty() ? lead.get().reporter() : byline;
            body = PastedText.fromPlain(body.substring(lead.get().end()));
        }
        body = PageText.withoutClosing(body);
        return new ImportedArticle(
                kind,
                PastedText.oneLine(headline),
                PastedText.oneLine(subheadline),
                subjects,
                body,
                byline,
                instant(root.path("firstCreated").asText("")),
                pictures);
    }

    private static String headline(JsonNode root, String role) {
        for (JsonNode h : root.path("headlines")) {
            if (role.equals(h.path("role").asText())) {
                return h.path("value").asText("");
            }
        }
        return "";
    }

    /**
     * The description with {@code role}; without roles, the one at {@code index} (the first is
     * the caption), or "" for -1.
     */
    private static String description(JsonNode association, String role, int index) {
        JsonNode descriptions = association.path("descriptions");
        for (JsonNode d : descriptions) {
            if (role.equals(d.path("role").asText())) {
                return d.path("value").asText("");
            }
        }
        boolean roles = false;
        for (JsonNode d : descriptions) {
            roles |= d.has("role");
        }
        return index >= 0 && !roles && descriptions.size() > index
                ? descriptions.get(index).path("value").asText("")
                : "";
    }

    /**
     * The HTML body when there is one (it keeps paragraphs and lists), else the plain one.
     *
     * @param placeOf a photo's number in the document (its figure's data-photo, its association's
     *                photoN) to its place among the imported photos
     */
    private static String body(JsonNode bodies, Map<String, Integer> placeOf) {
        JsonNode plain = null;
        for (JsonNode b : bodies) {
            String type = b.path("contentType").asText("");
            if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
                Document html = Jsoup.parseBodyFragment(b.path("value").asText(""));
                // a figure placed in the text comes back as its [[사진N]] line; its caption is the photo's
                for (Element figure : html.select("figure[data-photo]")) {
                    Integer place = placeOf.get(figure.attr("data-photo"));
                    if (place != null) {
                        figure.replaceWith(new Element("p").text("[[사진" + place + "]]"));
                    }
                }
                // other pictures come back as photos, captions with them: not as text in the body
                html.select("figure, figcaption, img, picture").remove();
                return PastedText.fromHtml(html.body().html());
            }
            if (plain == null) {
                plain = b;
            }
        }
        return plain == null ? "" : PastedText.fromPlain(plain.path("value").asText(""));
    }

    private static JsonNode first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? array.get(0) : MissingNode.getInstance();
    }

    private static Instant instant(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null; // the schema has checked it is a date-time; one Java cannot read is left out
        }
    }
}
