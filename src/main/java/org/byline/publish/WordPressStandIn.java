package org.byline.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress stand-in on the loopback interface, for the newsroom bench and the tests, speaking the REST shapes Byline uses (posts, media,
 * categories, tags; lookups by slug and search; application-password basic auth), holding what it
 * was sent so tests can assert the end state, and failing on purpose when told to: a status with
 * WordPress's error body, a slow answer (the work is done, the answer comes late), a held request
 * (the work itself is done late, as on a site slower than Byline's timeout) or a connection closed
 * after the work was done, without an answer.
 */
public final class WordPressStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM = Pattern.compile("/wp-json/wp/v2/(posts|media|categories|tags)/(\\d+)");
    private static final Pattern COLLECTION = Pattern.compile("/wp-json/wp/v2/(posts|media|categories|tags)");

    public final Map<Long, ObjectNode> posts = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<Long, ObjectNode> media = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<Long, ObjectNode> categories = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<Long, ObjectNode> tags = Collections.synchronizedMap(new LinkedHashMap<>());
    /** "POST /wp-json/wp/v2/posts" for every request that got past authentication, in order. */
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String user;
    private final String password;
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private long nextId = 100;
    private volatile long maxUpload = Long.MAX_VALUE;
    /** Asked for a fault for each request ("POST /wp-json/wp/v2/posts") that none of the queued faults matches; null: none. */
    private volatile Function<String, Fault> chaos;

    /** What goes wrong with the next request matching {@code method} and {@code path} (a regex). */
    public record Fault(String method, String path, Kind kind, int status, String code, long millis) {}

    public enum Kind {
        STATUS,
        SLOW,
        HOLD,
        CLOSE_AFTER_WORK
    }

    public WordPressStandIn(String user, String password) throws IOException {
        this.user = user;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void failNext(String method, String path, int status, String code) {
        faults.add(new Fault(method, path, Kind.STATUS, status, code, 0));
    }

    public void answerSlowly(String method, String path, long millis) {
        faults.add(new Fault(method, path, Kind.SLOW, 0, "", millis));
    }

    /** The next matching request is worked on only after {@code millis}: lookups meanwhile do not find what it makes. */
    public void holdBeforeWork(String method, String path, long millis) {
        faults.add(new Fault(method, path, Kind.HOLD, 0, "", millis));
    }

    public void closeAfterWork(String method, String path) {
        faults.add(new Fault(method, path, Kind.CLOSE_AFTER_WORK, 0, "", 0));
    }

    /** Faults of the site's own choosing, at random: what a soak runs against. */
    public void chaos(Function<String, Fault> faults) {
        chaos = faults;
    }

    public void limitUploads(long bytes) {
        maxUpload = bytes;
    }

    /** The slug of every post the site holds, in the order they were made. */
    public List<String> postSlugs() {
        synchronized (posts) {
            return posts.values().stream().map(p -> p.path("slug").asText()).toList();
        }
    }

    public long count(String request) {
        return requests.stream().filter(request::equals).count();
    }

    private synchronized Fault takeFault(String method, String path) {
        for (Fault f : faults) {
            if (f.method().equals(method) && path.matches(f.path())) {
                faults.remove(f);
                return f;
            }
        }
        Function<String, Fault> random = chaos;
        return random == null ? null : random.apply(method + " " + path);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (!authorized(ex)) {
                answer(
                        ex,
                        401,
                        error("incorrect_password", "The provided password is an invalid application password.", 401));
                return;
            }
            Fault fault = takeFault(method, path);
            if (fault != null && fault.kind() == Kind.STATUS) {
                requests.add(method + " " + path + " -> " + fault.status());
                String message = switch (fault.code()) {
                    case "rest_invalid_param" -> "Invalid parameter(s): status";
                    case "rest_upload_file_too_big" -> "This file is too big.";
                    default -> "Something went wrong.";
                };
                if (fault.status() == 503 || fault.status() == 429) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                }
                ObjectNode err = error(fault.code(), message, fault.status());
                if (fault.code().equals("rest_invalid_param")) {
                    ((ObjectNode) err.get("data"))
                            .putObject("params")
                            .put("status", "status is not one of publish, future, draft, pending, private.");
                }
                answer(ex, fault.status(), err);
                return;
            }
            if (fault != null && fault.kind() == Kind.HOLD) {
                sleep(fault.millis());
            }
            requests.add(method + " " + path);
            Reply reply;
            synchronized (this) {
                reply = route(method, path, query(ex), body, ex);
            }
            if (fault != null && fault.kind() == Kind.CLOSE_AFTER_WORK) {
                return; // the work is done; closing the exchange without headers drops the connection
            }
            if (fault != null && fault.kind() == Kind.SLOW) {
                sleep(fault.millis());
            }
            answer(ex, reply.status(), reply.json());
        }
    }

    private record Reply(int status, JsonNode json) {}

    private Reply route(String method, String path, Map<String, String> query, byte[] body, HttpExchange ex)
            throws IOException {
        Matcher item = ITEM.matcher(path);
        if (item.matches()) {
            Map<Long, ObjectNode> table = table(item.group(1));
            ObjectNode found = table.get(Long.parseLong(item.group(2)));
            if (found == null) {
                return new Reply(404, error("rest_post_invalid_id", "Invalid post ID.", 404));
            }
            if (method.equals("POST")) {
                ObjectNode changes = (ObjectNode) JSON.readTree(body);
                Reply invalid = checkPost(item.group(1), changes);
                if (invalid != null) {
                    return invalid;
                }
                found.setAll(changes);
                found.put("modified_count", found.path("modified_count").asInt() + 1);
            }
            return new Reply(200, found);
        }
        Matcher collection = COLLECTION.matcher(path);
        if (!collection.matches()) {
            return new Reply(
                    404, error("rest_no_route", "No route was found matching the URL and request method.", 404));
        }
        String kind = collection.group(1);
        Map<Long, ObjectNode> table = table(kind);
        if (method.equals("GET")) {
            ArrayNode out = JSON.createArrayNode();
            for (ObjectNode o : table.values()) {
                if (query.containsKey("slug")
                        && !query.get("slug").equals(o.path("slug").asText())) {
                    continue;
                }
                if (query.containsKey("search") && !o.path("name").asText().contains(query.get("search"))) {
                    continue;
                }
                if (kind.equals("posts")
                        && !"any".equals(query.get("status"))
                        && !"publish".equals(o.path("status").asText())) {
                    continue; // WordPress hides scheduled posts from a lookup without status=any
                }
                out.add(o);
            }
            return new Reply(200, out);
        }
        long id = ++nextId;
        ObjectNode created;
        if (kind.equals("media")) {
            if (body.length > maxUpload) {
                return new Reply(413, error("rest_upload_file_too_big", "This file is too big.", 413));
            }
            String disposition = ex.getRequestHeaders().getFirst("Content-Disposition");
            Matcher name = Pattern.compile("filename=\"([^\"]+)\"").matcher(disposition == null ? "" : disposition);
            if (!name.find()) {
                return new Reply(
                        400, error("rest_upload_no_content_disposition", "No Content-Disposition supplied.", 400));
            }
            String file = name.group(1);
            created = JSON.createObjectNode();
            created.put("slug", file.replaceAll("\\.[a-z]+$", "").toLowerCase());
            created.put("file", file);
            created.put("bytes", body.length);
            created.put("mime_type", ex.getRequestHeaders().getFirst("Content-Type"));
            created.put("source_url", url() + "/wp-content/uploads/" + file);
        } else {
            created = (ObjectNode) JSON.readTree(body);
            if (!kind.equals("posts")) {
                for (ObjectNode t : table.values()) {
                    if (t.path("name").asText().equals(created.path("name").asText())) {
                        ObjectNode err = error("term_exists", "A term with the name provided already exists.", 400);
                        ((ObjectNode) err.get("data"))
                                .put("term_id", t.path("id").asLong());
                        return new Reply(400, err);
                    }
                }
            } else {
                Reply invalid = checkPost(kind, created);
                if (invalid != null) {
                    return invalid;
                }
                created.put("slug", created.path("slug").asText().toLowerCase());
                created.put("link", url() + "/" + created.path("slug").asText() + "/");
            }
        }
        created.put("id", id);
        table.put(id, created);
        return new Reply(201, created);
    }

    private static Reply checkPost(String kind, ObjectNode post) {
        if (!kind.equals("posts") || !post.has("status")) {
            return null;
        }
        String status = post.path("status").asText();
        if (!List.of("publish", "future", "draft", "pending", "private").contains(status)) {
            return new Reply(400, error("rest_invalid_param", "Invalid parameter(s): status", 400));
        }
        return null;
    }

    private Map<Long, ObjectNode> table(String kind) {
        return switch (kind) {
            case "posts" -> posts;
            case "media" -> media;
            case "categories" -> categories;
            default -> tags;
        };
    }

    private boolean authorized(HttpExchange ex) {
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return expected.equals(ex.getRequestHeaders().getFirst("Authorization"));
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    static ObjectNode error(String code, String message, int status) {
        ObjectNode err = JSON.createObjectNode();
        err.put("code", code);
        err.put("message", message);
        err.putObject("data").put("status", status);
        return err;
    }

    private static void answer(HttpExchange ex, int status, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The names of a post's terms, as the site holds them. */
    public List<String> termNames(ObjectNode post, String taxonomy) {
        List<String> names = new ArrayList<>();
        Map<Long, ObjectNode> table = table(taxonomy);
        post.path(taxonomy)
                .forEach(id -> names.add(table.get(id.asLong()).path("name").asText()));
        return names;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
