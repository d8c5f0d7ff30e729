package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Finding;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Photo;
import org.byline.domain.Rendition;
import org.byline.domain.SearchHit;
import org.byline.domain.TextCounts;
import org.byline.domain.Transition;

/**
 * Byline's own article document, as {@code show --format json}, {@code list --json} and
 * {@code search --json} print it. Field names are documented in docs/formats.md. Times are ISO-8601
 * in KST with their offset; Korean is written as is (UTF-8), not as \\u escapes.
 */
public final class ArticleJson {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(NewsroomTime.ZONE);

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String article(Article article, TextCounts counts) {
        return write(articleNode(article, counts));
    }

    /** The article document with its photos, as {@code show --format json} prints it. */
    public String article(Article article, TextCounts counts, List<Photo> photos, RenditionFiles files) {
        ObjectNode node = articleNode(article, counts);
        node.set("photos", photoArray(photos, files));
        return write(node);
    }

    /** An article's photos, as {@code photos ID --json} prints them. */
    public String photos(List<Photo> photos, RenditionFiles files) {
        return write(photoArray(photos, files));
    }

    /** Where a photo's rendition files are; the newsroom makes a missing one when asked. */
    @FunctionalInterface
    public interface RenditionFiles {
        Path of(Photo photo, Rendition size);
    }

    public String summaries(List<ArticleSummary> rows) {
        ArrayNode array = mapper.createArrayNode();
        for (ArticleSummary row : rows) {
            ObjectNode node = array.addObject();
            node.put("id", row.id());
            node.put("headline", row.headline());
            node.put("section", row.section());
            node.put("status", row.status().code());
            node.put("reporter", row.reporter());
            node.put("updatedAt", time(row.updatedAt()));
            node.put("submittedAt", time(row.submittedAt()));
            node.put("embargoUntil", time(row.embargoUntil()));
        }
        return write(array);
    }

    /** An article's history, oldest first, as {@code history ID --json} prints it. */
    public String history(List<Transition> lines) {
        ArrayNode array = mapper.createArrayNode();
        for (Transition t : lines) {
            ObjectNode node = array.addObject();
            node.put("articleId", t.articleId());
            node.put("action", t.action().code());
            node.put("from", t.from().code());
            node.put("to", t.to().code());
            node.put("by", t.by());
            node.put("at", time(t.at()));
            node.put("note", t.note());
        }
        return write(array);
    }

    /** House style findings: {rule, message, field, start, end, text}, offsets in UTF-16 units of the field. */
    public String findings(List<Finding> findings) {
        ArrayNode array = mapper.createArrayNode();
        for (Finding f : findings) {
            array.addObject()
                    .put("rule", f.rule())
                    .put("message", f.message())
                    .put("field", f.field())
                    .put("start", f.start())
                    .put("end", f.end())
                    .put("text", f.text());
        }
        return write(array);
    }

    public String hits(List<SearchHit> hits) {
        ArrayNode array = mapper.createArrayNode();
        for (SearchHit hit : hits) {
            array.addObject().put("id", hit.id()).put("headline", hit.headline());
        }
        return write(array);
    }

    private ObjectNode articleNode(Article a, TextCounts counts) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.id());
        node.put("version", a.version());
        node.put("status", a.status().code());
        putContent(node, a.content());
        node.put("byline", a.byline());
        ObjectNode reporter = node.putObject("reporter");
        reporter.put("id", a.reporter().id());
        reporter.put("name", a.reporter().name());
        reporter.put("email", a.reporter().email());
        node.put("createdAt", time(a.createdAt()));
        node.put("updatedAt", time(a.updatedAt()));
        node.put("registeredAt", time(a.registeredAt()));
        node.put("modifiedAt", time(a.modifiedAt()));
        node.put("submittedAt", time(a.submittedAt()));
        node.put("embargoUntil", time(a.embargoUntil()));
        node.put("returnNote", a.returnNote());
        node.put("correctionNote", a.correctionNote());
        ObjectNode c = node.putObject("counts");
        c.put("characters", counts.characters());
        c.put("charactersWithoutSpaces", counts.charactersWithoutSpaces());
        c.put("manuscriptSheets", counts.manuscriptSheets());
        return node;
    }

    private ArrayNode photoArray(List<Photo> photos, RenditionFiles files) {
        ArrayNode array = mapper.createArrayNode();
        for (Photo p : photos) {
            ObjectNode node = array.addObject();
            node.put("id", p.id());
            node.put("position", p.position());
            node.put("lead", p.lead());
            node.put("originalName", p.originalName());
            node.put("mediaType", p.mediaType());
            node.put("sha256", p.sha256());
            node.put("width", p.width());
            node.put("height", p.height());
            node.put("caption", p.caption());
            node.put("credit", p.credit());
            node.put("alt", p.alt());
            node.put("byline", p.byline());
            node.put("copyright", p.copyright());
            node.put("capturedAt", time(p.capturedAt()));
            ObjectNode renditions = node.putObject("renditions");
            for (Rendition size : Rendition.values()) {
                renditions.put(size.code(), files.of(p, size).toAbsolutePath().toString());
            }
        }
        return array;
    }

    /** The text fields of an article (or of a kept copy of it), named alike wherever they appear. */
    static void putContent(ObjectNode node, ArticleContent content) {
        node.put("headline", content.headline());
        node.put("subheadline", content.subheadline());
        node.put("section", content.section());
        ArrayNode tags = node.putArray("tags");
        content.tags().forEach(tags::add);
        node.put("body", content.body());
    }

    /** 2019-07-12T09:39:39+09:00, or null when there is no such time yet. */
    static String time(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    private String write(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
