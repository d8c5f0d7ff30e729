package org.byline.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.byline.app.Context;
import org.byline.cli.Cli;
import org.byline.cli.GlobalOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus (src/test/resources/hostile, see its README) run through the real
 * command line as a user would run it: imported, attached as a photo, or, for {@code *.args.json},
 * given as the command line itself. Each is either refused in one clear {@code byline:} line with
 * the store exactly as it was, or taken in harmlessly: the page (the preview), the text views and
 * every export hold nothing that runs.
 */
class HostileInputTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Cases that fail today because of defects being fixed on other branches; each is skipped
     * with a message until those branches are merged. Empty this list after merging them.
     */
    static final Set<String> KNOWN_FAILING_UNTIL_MERGE = Set.of();

    @TempDir
    static Path shared;

    static Path base;
    static Path goodPhoto;
    static String articleId;
    static String photoArticleId;
    static Snapshot before;

    @TempDir
    Path work;

    /** A reporter, two articles, one with a photo: the store every case starts from. */
    @BeforeAll
    static void baseStore() throws Exception {
        base = shared.resolve("base");
        goodPhoto = shared.resolve("good.jpg");
        Files.write(goodPhoto, HostileCorpus.jpeg(320, 240));
        Runner byline = new Runner(base);
        expectOk(byline.at("people", "add", "홍길동", "--email", "hong@tvseoul.kr"));
        articleId = expectOk(byline.at(
                        "new",
                        "--as",
                        "홍길동",
                        "--headline",
                        "구의회 임시회 개회",
                        "--section",
                        "사회",
                        "--tag",
                        "구의회",
                        "--body",
                        "조례안 12건이 상정됐다.\n\n회기는 7일이다."))
                .out()
                .strip();
        photoArticleId = expectOk(byline.at(
                        "new",
                        "--as",
                        "홍길동",
                        "--headline",
                        "야간 도서관",
                        "--section",
                        "사회",
                        "--body",
                        "도서관이 밤 10시까지 연다.\n\n[[사진1]]\n\n주민 반응이 좋다."))
                .out()
                .strip();
        expectOk(byline.at(
                "attach",
                photoArticleId,
                goodPhoto.toString(),
                "--caption",
                "도서관 전경",
                "--credit",
                "사진=구청",
                "--as",
                "홍길동"));
        before = Snapshot.of(byline, base);
    }

    /** data-dir-control.args.json names a store in the temporary folder; take away what it made. */
    @AfterAll
    static void removeStoresMadeElsewhere() throws IOException {
        Path made = Path.of(System.getProperty("java.io.tmpdir"), "byline-hostile-\u001b[2J\u0007");
        if (Files.exists(made)) {
            try (Stream<Path> all = Files.walk(made)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .sorted()
                    .toList();
            assertThat(names).as("the corpus (run HostileCorpus to make it)").hasSizeGreaterThanOrEqualTo(100);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void isRefusedClearly_orMadeHarmless(String name) throws Exception {
        Assumptions.assumeFalse(
                KNOWN_FAILING_UNTIL_MERGE.contains(name),
                () -> name
                        + " is in KNOWN_FAILING_UNTIL_MERGE: it fails until the fixes on the other branches are merged");
        Path data = work.resolve("data");
        copy(base, data);
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = work.resolve("out");
        Runner byline = new Runner(data);
        List<String> args = command(name, in, out);
        Set<String> inputsBefore = listing(in);

        Run run = byline.at(args.toArray(String[]::new));

        assertThat(byline.outsideStore)
                .as("%s: the command opened a store outside its data directory", name)
                .isNull();
        assertThat(leftovers(data))
                .as("%s: temporary files left in the data directory", name)
                .isEmpty();
        assertThat(listing(in)).as("%s: files left beside the input", name).isEqualTo(inputsBefore);
        assertThat(noCwdStore())
                .as("%s: a store was made in the working directory", name)
                .isTrue();
        assertThat(escaped(work))
                .as("%s: a file written outside where it belongs", name)
                .isEmpty();
        if (run.exit() != 0) {
            refusedClearly(name, run);
            assertThat(run.out())
                    .as("%s: a refused command printed on stdout", name)
                    .isEmpty();
            Snapshot after = Snapshot.of(byline, data);
            assertThat(after.list)
                    .as("%s: refused, yet the articles changed", name)
                    .isEqualTo(before.list);
            assertThat(after.photos)
                    .as("%s: refused, yet the photos changed", name)
                    .isEqualTo(before.photos);
            assertThat(after.files)
                    .as("%s: refused, yet the data directory changed", name)
                    .isEqualTo(before.files);
            if (Files.exists(out)) {
                assertThat(listing(out))
                        .as("%s: refused, yet files were written", name)
                        .isEmpty();
            }
        } else {
            printable(name, "stdout", run.out());
            printable(name, "stderr", run.err()); // edit reports the saved version there
            try (Checks checks = byline.checks()) {
                harmless(name, checks, changedArticles(checks), work.resolve("exports"));
            }
        }
    }

    // ------------------------------------------------------------------ the command a user runs

    private List<String> command(String name, Path in, Path out) throws IOException {
        Path source = CORPUS.resolve(name);
        if (name.endsWith(".args.json")) {
            Files.copy(goodPhoto, in.resolve("photo.jpg"));
            List<String> args = new ArrayList<>();
            for (JsonNode a : JSON.readTree(source.toFile()).get("args")) {
                args.add(a.asText()
                        .replace("{ID}", photoArticleId)
                        .replace("{OUT}", out.toString())
                        .replace("{PHOTO}", in.resolve("photo.jpg").toString()));
            }
            return args;
        }
        Path file;
        if (name.endsWith(".runtime")) {
            String real = name.substring(0, name.length() - ".runtime".length());
            file = in.resolve(real);
            if (real.equals("text-huge-line.txt")) {
                byte[] line = new byte[8 * 1024 * 1024 + 1];
                Arrays.fill(line, (byte) 'a');
                Files.write(file, line);
            } else {
                throw new AssertionError("no run-time maker for " + name);
            }
        } else {
            file = Files.copy(source, in.resolve(name));
            Path files = CORPUS.resolve(name.replaceFirst("\\.html?$", "") + "_files");
            if (name.endsWith(".html") && Files.isDirectory(files)) {
                copy(files, in.resolve(files.getFileName().toString()));
            }
        }
        if (name.startsWith("photo-")) {
            return List.of("attach", photoArticleId, file.toString(), "--as", "홍길동");
        }
        return List.of("import", file.toString(), "--as", "홍길동");
    }

    // ------------------------------------------------------------------ (a) refused clearly

    static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|org|com|jdk|sun)\\.[a-z]\\w*\\.|\\b\\w+(?:Exception|Error)\\b|\\bat [\\w.$]+\\(");

    private static void refusedClearly(String name, Run run) {
        List<String> lines = run.err().lines().toList();
        assertThat(lines)
                .as("%s: exit %d should come with exactly one line on stderr, got:%n%s", name, run.exit(), run.err())
                .hasSize(1);
        String line = lines.get(0);
        assertThat(run.exit())
                .as("%s: refused with exit %d (1 is refused, 2 a usage error): %s", name, run.exit(), line)
                .isIn(1, 2);
        assertThat(line).as("%s: message", name).startsWith("byline: ");
        assertThat(CLASS_NAME.matcher(line).find())
                .as("%s: a Java name in the message: %s", name, line)
                .isFalse();
        assertThat(line).as("%s: message", name).doesNotContainPattern("(?<!/dev/)\\bnull\\b");
        printable(name, "the message", line);
        assertThat(line.length())
                .as("%s: a message of %d characters is not clear: %.300s", name, line.length(), line)
                .isLessThanOrEqualTo(600);
    }

    /** No control character but newline and tab (no terminal escapes, no NUL, no CR, no C1 controls). */
    static void printable(String name, String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                String around = text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40));
                fail("%s: %s holds control character U+%04X near: %s", name, what, (int) c, escape(around));
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints()
                .forEach(
                        c -> b.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : Character.toString(c)));
        return b.toString();
    }

    // ------------------------------------------------------------------ (b) made harmless

    /** The articles this case added or changed; the photo article when it changed none (a setting, a profile). */
    private static Set<String> changedArticles(Checks byline) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> versionsBefore = versions(before.list);
        versions(byline.at("list", "--json").out()).forEach((id, version) -> {
            if (!version.equals(versionsBefore.get(id))) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            ids.add(photoArticleId);
        }
        return ids;
    }

    private static Map<String, String> versions(String listJson) {
        Map<String, String> v = new TreeMap<>();
        try {
            for (JsonNode a : JSON.readTree(listJson)) {
                v.put(a.get("id").asText(), a.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private static void harmless(String name, Checks byline, Set<String> ids, Path exports) throws IOException {
        for (String id : ids) {
            Run page = expectOk(byline.at("show", id, "--format", "html"));
            html(name, "the page of article " + id, page.out());
            Run text = expectOk(byline.at("show", id, "--format", "text"));
            printable(name, "show " + id + " --format text", text.out());
        }
        printable(name, "list", expectOk(byline.at("list")).out());
        printable(name, "people list", expectOk(byline.at("people", "list")).out());
        for (String format : List.of("ninjs", "newsml", "html", "package")) {
            List<String> args = new ArrayList<>(List.of("export"));
            args.addAll(ids);
            args.addAll(List.of(
                    "--format",
                    format,
                    "--draft",
                    "--out",
                    exports.resolve(format).toString(),
                    "--as",
                    "홍길동"));
            Run export = byline.at(args.toArray(String[]::new));
            assertThat(export.exit())
                    .as("%s: taken in, yet export --format %s fails: %s", name, format, export.err())
                    .isZero();
        }
        try (Stream<Path> written = Files.walk(exports)) {
            for (Path f : written.filter(Files::isRegularFile).toList()) {
                String what = exports.relativize(f).toString();
                String file = f.getFileName().toString();
                assertThat(file)
                        .as("%s: a temporary file left in the export folder: %s", name, what)
                        .doesNotStartWith(".");
                if (file.endsWith(".json")) {
                    ninjs(name, what, Files.readString(f));
                } else if (file.endsWith(".xml")) {
                    xml(name, what, Files.readString(f));
                } else if (file.endsWith(".html")) {
                    html(name, what, Files.readString(f));
                } else if (file.endsWith(".zip")) {
                    pack(name, what, f);
                } else {
                    image(name, what, Files.readAllBytes(f));
                }
            }
        }
    }

    static final Set<String> EXECUTABLE =
            Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base");
    static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "data",
            "poster",
            "background",
            "srcset",
            "codebase",
            "dynsrc",
            "lowsrc",
            "ping",
            "cite",
            "longdesc",
            "usemap",
            "manifest",
            "content");

    static void html(String name, String what, String html) {
        check(name, what, Jsoup.parse(html));
    }

    static void check(String name, String what, Element root) {
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            assertThat(EXECUTABLE.contains(tag))
                    .as("%s: <%s> in %s: %.300s", name, tag, what, e.outerHtml())
                    .isFalse();
            if (tag.equals("meta")) {
                assertThat(e.attr("http-equiv").strip().toLowerCase(Locale.ROOT))
                        .as("%s: meta refresh in %s: %s", name, what, e.outerHtml())
                        .isNotEqualTo("refresh");
            }
            assertThat(e.hasAttr("srcdoc"))
                    .as("%s: srcdoc in %s: %.300s", name, what, e.outerHtml())
                    .isFalse();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key)
                        .as("%s: an event handler in %s: %.300s", name, what, e.outerHtml())
                        .doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(key) && !(tag.equals("meta") && key.equals("content"))) {
                    assertThat(dangerousUrl(a.getValue()))
                            .as("%s: a %s of %s in %s: %.300s", name, key, tag, what, e.outerHtml())
                            .isFalse();
                }
            }
        }
    }

    static boolean dangerousUrl(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' && !Character.isISOControl(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        String url = b.toString();
        return url.startsWith("javascript:")
                || url.startsWith("vbscript:")
                || url.startsWith("data:text/html")
                || url.startsWith("data:image/svg")
                || url.startsWith("data:application/")
                || url.startsWith("livescript:");
    }

    static void ninjs(String name, String what, String text) throws IOException {
        walk(name, what, JSON.readTree(text), "");
    }

    private static void walk(String name, String what, JsonNode node, String key) {
        if (node.isObject()) {
            JsonNode type = node.get("contentType");
            JsonNode value = node.get("value");
            if (type != null && type.asText().contains("html") && value != null) {
                check(name, what + " (a " + type.asText() + " body)", Jsoup.parseBodyFragment(value.asText()));
            }
            node.fields().forEachRemaining(f -> walk(name, what, f.getValue(), f.getKey()));
        } else if (node.isArray()) {
            node.forEach(n -> walk(name, what, n, key));
        } else if (node.isTextual() && Set.of("href", "uri", "url", "link").contains(key)) {
            assertThat(dangerousUrl(node.asText()))
                    .as("%s: %s: %s in %s", name, key, node.asText(), what)
                    .isFalse();
        }
    }

    static void xml(String name, String what, String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        check(name, what, doc);
        for (Element e : doc.getAllElements()) {
            // HTML carried as text inside the XML (escaped or CDATA) would be markup to whoever renders it
            if (e.normalName().endsWith("inlinexml") || e.normalName().equals("body.content")) {
                check(name, what + " (its body as HTML)", Jsoup.parseBodyFragment(e.html()));
            }
        }
    }

    static void pack(String name, String what, Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String entry = e.getName();
                assertThat(entry)
                        .as("%s: an entry of %s escapes the package", name, what)
                        .doesNotContain("..")
                        .doesNotStartWith("/");
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                String inner = what + "!" + entry;
                if (entry.endsWith(".json")) {
                    ninjs(name, inner, new String(bytes, StandardCharsets.UTF_8));
                } else if (entry.endsWith(".html")) {
                    html(name, inner, new String(bytes, StandardCharsets.UTF_8));
                } else {
                    image(name, inner, bytes);
                }
            }
        }
    }

    /** Exported photos are JPEG or PNG, never an SVG or a page under a picture's name. */
    static void image(String name, String what, byte[] b) {
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        assertThat(jpeg || png).as("%s: %s is neither JPEG nor PNG", name, what).isTrue();
    }

    // ------------------------------------------------------------------ the store before and after

    /** What the command line says about the store, and the files under it (photos by content). */
    record Snapshot(String list, Map<String, String> photos, Map<String, String> files) {
        static Snapshot of(Runner runner, Path data) throws IOException {
            try (Checks byline = runner.checks()) {
                String list = expectOk(byline.at("list", "--json")).out();
                Map<String, String> photos = new TreeMap<>();
                for (String id : versions(list).keySet()) {
                    photos.put(
                            id,
                            expectOk(byline.at("photos", id, "--json")).out().replace(data.toString(), "DATA"));
                }
                return new Snapshot(list, photos, dataFiles(data));
            }
        }
    }

    /** Every file under the data directory but logs and SQLite's own journal, media/ by digest. */
    static Map<String, String> dataFiles(Path data) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(p -> !p.equals(data)).toList()) {
                String rel = data.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("logs") || rel.startsWith("byline.db")) {
                    continue;
                }
                files.put(rel, Files.isRegularFile(p) && rel.startsWith("media/") ? sha256(Files.readAllBytes(p)) : "");
            }
        }
        return files;
    }

    static List<String> leftovers(Path data) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            return all.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".")
                            || n.endsWith(".tmp")
                            || n.startsWith("import-")
                            || n.startsWith(".snapshot-"))
                    .toList();
        }
    }

    static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return new TreeSet<>(all.map(p -> dir.relativize(p).toString()).toList());
        }
    }

    /** What a zip slip would have written: evil.txt anywhere under the case's folder, or at the absolute path. */
    static List<String> escaped(Path work) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : List.of(
                Path.of("/tmp/byline-hostile-evil.txt"), work.getParent().resolve("evil.txt"))) {
            if (Files.exists(p)) {
                found.add(p.toString());
                Files.delete(p);
            }
        }
        try (Stream<Path> all = Files.walk(work)) {
            all.filter(p -> p.getFileName().toString().contains("evil.txt")).forEach(p -> found.add(p.toString()));
        }
        return found;
    }

    static boolean noCwdStore() {
        Path cwd = Path.of("").toAbsolutePath();
        boolean clean = !Files.exists(cwd.resolve("byline.db"));
        if (!clean) {
            // made by this test (--data-dir ''): take it away again, with what came with it
            for (String f : List.of("byline.db", "byline.db-wal", "byline.db-shm", "style-rules.json")) {
                try {
                    Files.deleteIfExists(cwd.resolve(f));
                } catch (IOException e) {
                    // reported by the assertion anyway
                }
            }
        }
        return clean;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    // ------------------------------------------------------------------ running byline in-process

    record Run(int exit, String out, String err) {}

    /** A command line kept open for several commands. */
    static final class Checks implements AutoCloseable {
        private final Runner runner;
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Cli cli;

        Checks(Runner runner) {
            this.runner = runner;
            this.cli = new Cli(
                    new GlobalOptions(Map.of(), Locale.KOREAN),
                    runner::open,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));
        }

        Run at(String... args) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int exit;
            try {
                exit = cli.execute(runner.withDataDir(args).toArray(String[]::new));
            } catch (OutOfMemoryError e) {
                throw new AssertionError("ran out of memory: " + e.getMessage() + "; stderr so far: " + err, e);
            } catch (StackOverflowError e) {
                throw new AssertionError("overflowed its stack; stderr so far: " + err, e);
            }
            return new Run(exit, out.toString(), err.toString());
        }

        @Override
        public void close() {
            cli.close();
        }
    }

    static Run expectOk(Run run) {
        assertThat(run.exit()).as("setup command failed: %s", run.err()).isZero();
        return run;
    }

    /**
     * Runs byline commands in-process, each with a fresh {@link Cli}, as separate processes would.
     * A store that the command would open outside the temporary folders (the working directory, a
     * home folder) is not opened: it is recorded and the case fails.
     */
    static final class Runner {
        private final Path dir;
        Path outsideStore;

        Runner(Path dir) {
            this.dir = dir;
        }

        /** One command in a fresh {@link Cli}, as its own process would run it. */
        Run at(String... args) {
            try (Checks checks = new Checks(this)) {
                return checks.at(args);
            }
        }

        /** Several read-only commands in one {@link Cli}, sharing one opened store (quicker). */
        Checks checks() {
            return new Checks(this);
        }

        List<String> withDataDir(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            if (!all.contains("--data-dir")) {
                all.add("--data-dir");
                all.add(dir.toString());
            }
            return all;
        }

        Context open(GlobalOptions o) {
            // resolved as Main resolves it (an empty --data-dir is refused there), then guarded
            Path chosen = o.dataDir() == null ? null : o.dataDirectory().normalize();
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"))
                    .toAbsolutePath()
                    .normalize();
            boolean harmless = chosen != null
                    && (chosen.startsWith(tmp) || chosen.startsWith("/dev/null") || chosen.startsWith("/etc/passwd"));
            if (!harmless) {
                outsideStore = chosen == null ? Path.of("<the per-user folder>") : chosen;
                throw new IllegalStateException("test guard: not opening a store at " + outsideStore);
            }
            return new Context(chosen, o.locale());
        }
    }
}
