package org.byline.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * One site's HTTP: every request with a timeout and the site's credentials, every answer read as
 * JSON, and every way it can go wrong turned into a {@link PushFault} that says whether trying
 * again can help. The credentials header is built once and never logged or put in a message.
 */
final class SiteHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String siteName;
    private final String authorization;
    private final PushTimeouts timeouts;

    SiteHttp(String siteName, String authorization, PushTimeouts timeouts) {
        this.siteName = siteName;
        this.authorization = authorization;
        this.timeouts = timeouts;
        // HTTP/1.1: WordPress hosts and the JDK's own server alike; redirects are not followed
        // because a redirected POST arrives as a GET without its body
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The answer to a request, already known to be a success (2xx). */
    record Answer(int status, JsonNode json, HttpResponse<byte[]> raw) {}

    HttpRequest.Builder request(URI uri, boolean upload) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(upload ? timeouts.upload() : timeouts.answer());
        try {
            builder.header("Authorization", authorization);
        } catch (IllegalArgumentException e) {
            // the JDK's message quotes the whole header value, the secret with it: neither it nor the cause goes on
            throw new PushFault(false, "push.secretUnusable", siteName);
        }
        return builder.header("Accept", "application/json").header("User-Agent", "Byline");
    }

    HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(URI uri) {
        return send(request(uri, false).GET().build(), null);
    }

    Answer postJson(URI uri, Object body) {
        return send(
                request(uri, false)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(json(body))
                        .build(),
                null);
    }

    /**
     * Sends and checks the answer.
     *
     * @param what names the thing sent for a "too large" answer (a photo's file name), or null
     */
    Answer send(HttpRequest request, String what) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new PushFault(
                    true, "push.unreachable", e, siteName, request.uri().getHost());
        } catch (HttpTimeoutException e) {
            throw new PushFault(
                    true,
                    "push.timeout",
                    e,
                    siteName,
                    request.timeout().orElse(timeouts.answer()).toSeconds());
        } catch (IOException e) {
            // connection reset, closed before the answer: the site may or may not have done it
            throw new PushFault(true, "push.connectionLost", e, siteName);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFault(true, "push.connectionLost", e, siteName);
        }
        int status = response.statusCode();
        JsonNode json = parse(response.body());
        if (status >= 200 && status < 300) {
            return new Answer(status, json, response);
        }
        PushFault fault = fault(status, json, what);
        Optional<Duration> retryAfter = status == 429 || status == 503
                ? retryAfter(response.headers().firstValue("Retry-After").orElse(""))
                : Optional.empty();
        throw retryAfter.isPresent() ? PushFault.later(retryAfter.get(), fault.key(), fault.args()) : fault;
    }

    /** The longest a site's Retry-After is honoured: a misconfigured one must not park a job for days. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    /** Retry-After as seconds or as an HTTP date (RFC 9110), when it can be read. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        Duration wait;
        try {
            if (v.matches("\\d{1,9}")) {
                wait = Duration.ofSeconds(Long.parseLong(v));
            } else if (!v.isEmpty()) {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                wait = Duration.between(Instant.now(), at);
            } else {
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait);
    }

    private PushFault fault(int status, JsonNode json, String what) {
        String code = json.path("code").asText("");
        String message = json.path("message").asText("");
        if (status == 401 || status == 403) {
            return new PushFault(false, "push.passwordRefused", siteName, status, code);
        }
        if (status == 413) {
            return new PushFault(false, "push.tooLarge", siteName, what == null ? "" : what);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new PushFault(true, "push.siteTrouble", siteName, status);
        }
        if ("rest_invalid_param".equals(code) || "rest_missing_callback_param".equals(code)) {
            return new PushFault(
                    false,
                    "push.invalidField",
                    siteName,
                    message + details(json.path("data").path("params")));
        }
        return new PushFault(false, "push.refused", siteName, status, message.isEmpty() ? code : message);
    }

    /** WordPress names each invalid field and why: "status: status is not one of publish, future". */
    private static String details(JsonNode params) {
        StringBuilder out = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append(out.length() == 0 ? " (" : "; ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().asText());
        }
        return out.length() == 0 ? "" : out.append(')').toString();
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return MissingNode.getInstance(); // an HTML error page from a proxy: the status says enough
        }
    }
}
