package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.byline.domain.Revision;

/** An article's revisions as {@code revisions ID --json} prints them, newest first, with their text. */
public final class RevisionJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String revisions(List<Revision> revisions) {
        ArrayNode array = mapper.createArrayNode();
        for (Revision r : revisions) {
            ObjectNode node = array.addObject();
            node.put("number", r.number());
            node.put("kind", r.kind());
            node.put("by", r.by());
            node.put("at", ArticleJson.time(r.at()));
            ArticleJson.putContent(node, r.content());
            if (r.byline() != null) { // revisions kept before bylines were recorded have none
                node.put("byline", r.byline());
            }
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
