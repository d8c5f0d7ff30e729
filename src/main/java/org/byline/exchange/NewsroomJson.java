package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** {@code newsroom status --json}: one object, the server's address never with a password. */
public final class NewsroomJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param server null when this workstation joined no newsroom */
    public String standing(String server, boolean reachable, int waiting, Instant lastSent) {
        ObjectNode o = mapper.createObjectNode();
        o.put("server", server);
        o.put("reachable", reachable);
        o.put("waiting", waiting);
        o.put("lastSent", lastSent == null ? null : lastSent.toString());
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
