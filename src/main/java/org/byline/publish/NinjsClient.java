package org.byline.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * An endpoint that takes ninjs documents: the first push POSTs the document with a bearer token
 * and keeps the address the endpoint answers with (Location, or "uri" in its JSON); later pushes
 * PUT the document there. docs/formats.md states the contract an endpoint must keep.
 */
public final class NinjsClient implements SiteClient {
    private final URI endpoint;
    private final SiteHttp http;

    public NinjsClient(String siteName, String endpoint, char[] token, PushTimeouts timeouts) {
        this.endpoint = URI.create(endpoint);
        this.http = new SiteHttp(siteName, "Bearer " + new String(token), timeouts);
    }

    @Override
    public Delivery deliver(Story story, RemoteMemory memory) {
        byte[] document = story.document().get();
        Optional<String> known = memory.post();
        URI target = known.map(endpoint::resolve).orElse(endpoint);
        HttpRequest.Builder request = http.request(target, true)
                .header("Content-Type", "application/json; charset=utf-8")
                // the same key for every push of the article: an endpoint that saw it already updates instead of adding
                .header("Idempotency-Key", story.slug());
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(document);
        SiteHttp.Answer answer = http.send(
                known.isPresent()
                        ? request.PUT(body).build()
                        : request.POST(body).build(),
                null);
        String location = answer.raw()
                .headers()
                .firstValue("Location")
                .or(() -> text(answer.json(), "uri"))
                .or(() -> known)
                .orElseThrow(() -> new PushFault(false, "push.noLocation", endpoint.getHost()));
        String address = target.resolve(location).toString();
        String link = text(answer.json(), "link").orElse(address);
        memory.rememberPost(address, link);
        return new Delivery(address, link, known.isPresent());
    }

    private static Optional<String> text(JsonNode json, String field) {
        String value = json.path(field).asText("");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
