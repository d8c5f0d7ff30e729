package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.byline.domain.PushJob;

/**
 * {@code outbox --json}: one object per job, times in KST with their offset, the error both as its
 * key and arguments (for scripts) and as the sentence the reader sees.
 */
public final class OutboxJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param said the error of a job in the reader's language */
    public String jobs(List<PushJob> jobs, Function<PushJob, String> said) {
        ArrayNode all = mapper.createArrayNode();
        for (PushJob j : jobs) {
            ObjectNode o = all.addObject();
            o.put("id", j.id());
            o.put("articleId", j.articleId());
            o.put("headline", j.headline());
            o.put("site", j.siteName());
            o.put("state", j.state().code());
            o.put("attempts", j.attempts());
            o.put("nextAttemptAt", ArticleJson.time(j.nextAttemptAt()));
            o.put("remoteId", j.remoteId());
            o.put("link", j.remoteLink());
            o.put("queuedBy", j.queuedBy());
            o.put("createdAt", ArticleJson.time(j.createdAt()));
            o.put("updatedAt", ArticleJson.time(j.updatedAt()));
            if (j.hasError()) {
                ObjectNode error = o.putObject("error");
                error.put("key", j.errorKey());
                ArrayNode args = error.putArray("args");
                j.errorArgs().forEach(args::add);
                error.put("message", said.apply(j));
            } else {
                o.putNull("error");
            }
        }
        try {
            return mapper.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
