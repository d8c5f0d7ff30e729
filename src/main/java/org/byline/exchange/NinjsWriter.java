package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Photo;
import org.byline.domain.Rendition;
import org.byline.render.Bylines;

/**
 * An article as IPTC ninjs 3.2 (News in JSON). Times are yyyy-MM-dd'T'HH:mm:ss+09:00; every uri
 * and href is absolute and ASCII ({@link SiteAddress}). Each photo is one association of type
 * picture whose rendition "original" points at {@code <sha256>.<ext>}, the name a package stores
 * the original under.
 */
public final class NinjsWriter {
    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(ExportedArticle exported) {
        try {
            return mapper.writeValueAsString(document(exported));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ninjs", e);
        }
    }

    private ObjectNode document(ExportedArticle exported) {
        Article a = exported.article();
        ArticleContent content = a.content();
        SiteAddress site = exported.site();
        ObjectNode root = mapper.createObjectNode();
        root.put("uri", site.article(a.id()));
        root.put("type", "text");
        root.put("version", Long.toString(a.version()));
        root.put("firstCreated", ArticleJson.time(a.createdAt()));
        root.put("versionCreated", ArticleJson.time(a.updatedAt()));
        if (a.embargoUntil() != null) {
            root.put("embargoedUntil", ArticleJson.time(a.embargoUntil()));
        }
        root.put("pubStatus", exported.pubStatus());
        root.put("language", "ko");
        ArrayNode headlines = root.putArray("headlines");
        headline(headlines, "main", content.headline());
        if (!content.subheadline().isBlank()) {
            headline(headlines, "subheadline", content.subheadline());
        }
        root.putArray("bodies")
                .addObject()
                .put("role", "main")
                .put("contentType", "text/html")
                .put("charCount", exported.charCount())
                .put("value", exported.bodyHtml());
        String by = Bylines.closing(a.byline());
        if (!by.isBlank()) {
            root.put("by", by);
        }
        ArrayNode subjects = root.putArray("subjects");
        if (!content.section().isBlank()) {
            subjects.addObject()
                    .put("name", content.section())
                    .put("rel", "section")
                    .put("uri", site.section(content.section()));
        }
        for (String tag : content.tags()) {
            subjects.addObject().put("name", tag).put("rel", "tag").put("uri", site.tag(tag));
        }
        root.put("copyrightHolder", exported.outlet().name());
        root.put("copyrightNotice", exported.outlet().footer());
        if (!exported.photos().isEmpty()) {
            ArrayNode associations = root.putArray("associations");
            exported.photos().forEach(p -> association(associations.addObject(), p, site));
        }
        return root;
    }

    private static void headline(ArrayNode headlines, String role, String value) {
        headlines.addObject().put("role", role).put("contentType", "text/plain").put("value", value);
    }

    /** name "photo2" is the body's [[사진2]]; the lead photo has rel "lead". */
    private static void association(ObjectNode node, Photo p, SiteAddress site) {
        node.put("name", "photo" + p.position());
        if (p.lead()) {
            node.put("rel", "lead");
        }
        node.put("uri", site.photo(p));
        node.put("type", "picture");
        if (p.capturedAt() != null) {
            node.put("contentCreated", ArticleJson.time(p.capturedAt()));
        }
        ArrayNode descriptions = node.putArray("descriptions");
        if (!p.caption().isBlank()) {
            descriptions
                    .addObject()
                    .put("role", "caption")
                    .put("contentType", "text/plain")
                    .put("value", p.caption());
        }
        if (!p.alt().isBlank()) {
            descriptions
                    .addObject()
                    .put("role", "alt")
                    .put("contentType", "text/plain")
                    .put("value", p.alt());
        }
        if (descriptions.isEmpty()) {
            node.remove("descriptions");
        }
        if (!p.credit().isBlank()) {
            node.put("by", p.credit());
        }
        if (!p.copyright().isBlank()) {
            node.put("copyrightNotice", p.copyright());
        }
        ArrayNode renditions = node.putArray("renditions");
        renditions
                .addObject()
                .put("name", "original")
                .put("href", site.original(p))
                .put("contentType", p.mediaType())
                .put("width", p.width())
                .put("height", p.height());
        for (Rendition size : Rendition.values()) {
            renditions
                    .addObject()
                    .put("name", size.code())
                    .put("href", site.rendition(p, size))
                    .put("contentType", "image/jpeg")
                    .put("width", size.widthOf(p))
                    .put("height", size.heightOf(p));
        }
    }
}
