package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.style.StyleRule;

/** The house style rules file (style-rules.json): read it, or give the defaults Byline ships. */
public final class StyleRulesJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StyleRulesJson() {}

    /** The rules Byline ships, as JSON text (written to the data directory to be edited). */
    public static String defaults() {
        try (InputStream in = StyleRulesJson.class.getResourceAsStream("/org/byline/style/default-rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rules from a rules file; a broken file or rule is refused by name, with the reason. */
    public static List<StyleRule> read(String json, String fileName) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<StyleRule> rules = new ArrayList<>();
            for (JsonNode node : root.path("rules")) {
                try {
                    rules.add(MAPPER.treeToValue(node, StyleRule.class));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new NewsroomException(
                            "error.styleRule", e, fileName, node.path("id").asText("?"), rootCause(e));
                }
            }
            return rules;
        } catch (JsonProcessingException e) {
            throw new NewsroomException("error.styleRulesFile", e, fileName, e.getOriginalMessage());
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
