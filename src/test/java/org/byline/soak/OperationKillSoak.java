package org.byline.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.imaging.TestImages;
import org.byline.newsroom.Exports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 in the middle of import, export, backup, restore, migration and photo attach, each
 * many times at a random moment of its run: afterwards the store is the one before or the one
 * after, never a mix, its integrity check passes, and what the killed run left behind (temporary
 * files, half archives, photo files no photo row names) is gone once Byline has started again.
 */
@Tag("soak")
class OperationKillSoak {
    @TempDir
    Path dir;

    private Path base;
    private long articleId;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"import", "export", "backup", "restore", "migration", "attach"})
    void killedHalfway_leavesTheStateBeforeOrAfter_andNoLeftovers(String operation) throws Exception {
        base = dir.resolve("base");
        prepare(base, operation.equals("migration"));
        Path work = dir.resolve("work");
        // how long the operation takes when left alone: kills fall anywhere within it
        copy(base, work);
        // most of a command's time is the JVM starting and the store opening: kills fall from near
        // the end of that (a bare list) to the end of the whole operation, so most land inside it
        long start = timed(List.of("list"));
        long whole = timed(command(operation, work));
        long from = Math.min(whole - 1, start * 3 / 4);
        int cycles = Soak.times(50);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        for (int cycle = 0; cycle < cycles; cycle++) {
            deleteTree(work);
            copy(base, work);
            State before = State.of(work, articleId);
            Process child = new ProcessBuilder(byline(command(operation, work), work))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(from + ThreadLocalRandom.current().nextLong(Math.max(1, whole - from)));
            boolean finished = !child.isAlive();
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);

            // the next start: any command opens the store, migrates, and sweeps
            assertThat(run(List.of("list"), work))
                    .as("%s, cycle %d: the next start works", operation, cycle)
                    .isZero();
            State after = State.of(work, articleId);
            assertThat(after.integrity()).as("%s, cycle %d", operation, cycle).isEqualTo("ok");
            String outcome = judge(operation, before, after, work);
            outcomes.merge((finished ? "finished before the kill: " : "") + outcome, 1, Integer::sum);
            if (operation.equals("export") || operation.equals("backup")) {
                // a folder outside the data directory is swept by the next export or backup into it
                assertThat(run(command(operation, work), work))
                        .as("%s, cycle %d: done again", operation, cycle)
                        .isZero();
            }
            assertThat(leftovers(work))
                    .as("%s, cycle %d: left behind after the next start", operation, cycle)
                    .isEmpty();
        }
        Soak.report(
                "kill -9 during " + operation,
                String.format(
                        Locale.ROOT,
                        "%d kills between %d and %d ms (a bare start takes %d); outcomes %s; integrity ok and no leftovers every time",
                        cycles,
                        from,
                        whole,
                        start,
                        outcomes));
    }

    /** Whether the store is as before the operation or as after it; fails on anything in between. */
    private String judge(String operation, State before, State after, Path work) throws Exception {
        switch (operation) {
            case "import", "attach" -> {
                if (after.equals(before)) {
                    return "before";
                }
                int grew = operation.equals("import")
                        ? after.articles() - before.articles()
                        : after.photos() - before.photos();
                assertThat(grew).as("one whole %s, not a part", operation).isEqualTo(1);
                assertThat(after.photos() - before.photos()).isEqualTo(operation.equals("import") ? 3 : 1);
                assertThat(after.missingOriginals())
                        .as("every photo row has its original")
                        .isZero();
                return "after";
            }
            case "export" -> {
                Path zip = work.resolveSibling("out").resolve("article-" + articleId + ".zip");
                if (!Files.exists(zip)) {
                    return "before";
                }
                try (ZipFile whole = new ZipFile(zip.toFile())) {
                    assertThat(whole.getEntry("article.json"))
                            .as("a complete package")
                            .isNotNull();
                }
                return "after";
            }
            case "backup" -> {
                List<Path> zips = list(work.resolveSibling("backups")).stream()
                        .filter(p -> p.getFileName().toString().endsWith(".zip"))
                        .toList();
                if (zips.isEmpty()) {
                    return "before";
                }
                assertThat(zips).hasSize(1);
                try (ZipFile whole = new ZipFile(zips.get(0).toFile())) {
                    assertThat(whole.getEntry("byline.db"))
                            .as("a complete backup")
                            .isNotNull();
                }
                return "after";
            }
            case "restore" -> {
                // the backup holds one article fewer than the store it replaces
                assertThat(after.articles()).isIn(before.articles(), before.articles() - 1);
                assertThat(after.missingOriginals())
                        .as(
                                "originals the restored or kept store names, missing; media: %s",
                                listing(work.resolve("media")))
                        .isZero();
                return after.articles() == before.articles() ? "before" : "after";
            }
            default -> {
                assertThat(after.articles())
                        .as("the migration loses no article")
                        .isEqualTo(before.articles());
                return "migrated";
            }
        }
    }

    private List<String> command(String operation, Path work) throws IOException {
        Path files = base.resolveSibling("files");
        return switch (operation) {
            case "import" -> List.of("import", files.resolve("package.zip").toString(), "--as", "홍길동");
            case "export" ->
                List.of(
                        "export",
                        Long.toString(articleId),
                        "--format",
                        "package",
                        "--draft",
                        "--out",
                        work.resolveSibling("out").toString(),
                        "--as",
                        "홍길동");
            case "backup" ->
                List.of("backup", "--to", work.resolveSibling("backups").toString());
            case "restore" -> List.of("restore", files.resolve("backup.zip").toString());
            case "attach" ->
                List.of(
                        "attach",
                        Long.toString(articleId),
                        files.resolve("big.jpg").toString(),
                        "--as",
                        "홍길동");
            default -> List.of("list");
        };
    }

    /** A store with articles and photos, a package to import, a backup to restore, a big photo to attach. */
    private void prepare(Path store, boolean oldSchema) throws Exception {
        Path files = Files.createDirectories(store.resolveSibling("files"));
        TestImages.write(files.resolve("big.jpg"), TestImages.jpeg(4000, 3000));
        try (Context c = new Context(store, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "hong@tvseoul.kr");
            List<ArticleContent> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                many.add(new ArticleContent("구의회 소식 " + i, "", "사회", List.of("구의회"), "구의회가 본회의를 열었다. ".repeat(40)));
            }
            c.drafting().createAll(many, hong);
            Article a = c.drafting().create(new ArticleContent("사진 기사", "", "사회", List.of(), "본문."), hong);
            articleId = a.id();
            for (int i = 0; i < 3; i++) {
                Path small = TestImages.write(files.resolve("p" + i + ".jpg"), TestImages.jpeg(1200 + i, 800));
                c.photos().attach(a.id(), List.of(small), new PhotoDetails("사진 " + i, "사진=구청", ""), i == 0);
            }
            c.exports().export(a.id(), Exports.Format.PACKAGE, files, true, hong);
            Files.move(files.resolve("article-" + a.id() + ".zip"), files.resolve("package.zip"));
            Path backup = c.backups().backUp(files).archive();
            Files.move(backup, files.resolve("backup.zip"));
            c.drafting().create(new ArticleContent("백업 뒤에 쓴 기사", "", "사회", List.of(), "본문."), hong);
        }
        if (oldSchema) {
            // the store as the Byline before issue 12 left it: the outbox's sender (V8) and
            // unanswered creates (V9) undone, so the next start migrates
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("byline.db"));
                    Statement st = c.createStatement()) {
                st.execute("DROP TABLE unanswered_creates");
                st.execute("ALTER TABLE push_jobs DROP COLUMN sender_pid");
                st.execute("ALTER TABLE push_jobs DROP COLUMN sender_started");
                st.execute("ALTER TABLE push_jobs DROP COLUMN sender_host");
                st.execute("DELETE FROM flyway_schema_history WHERE version IN ('8', '9')");
            }
        }
    }

    /** The next start's view of the store: what a user could count. */
    private record State(int articles, int photos, long missingOriginals, String integrity) {
        static State of(Path store, long articleId) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("byline.db"));
                    Statement st = c.createStatement()) {
                int articles = count(st, "SELECT count(*) FROM articles");
                int photos = count(st, "SELECT count(*) FROM photos");
                long missing = 0;
                try (ResultSet rs = st.executeQuery("SELECT sha256 FROM photos")) {
                    while (rs.next()) {
                        String sha = rs.getString(1);
                        try (Stream<Path> media = Files.exists(store.resolve("media"))
                                ? Files.walk(store.resolve("media"))
                                : Stream.empty()) {
                            if (media.noneMatch(p -> p.getFileName().toString().startsWith(sha))) {
                                missing++;
                            }
                        }
                    }
                }
                String integrity;
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    integrity = rs.next() ? rs.getString(1) : "";
                }
                return new State(articles, photos, missing, integrity);
            }
        }

        private static int count(Statement st, String sql) throws Exception {
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    /** Files a killed run may leave: temporary names, half archives, photo files no row names. */
    private List<String> leftovers(Path store) throws Exception {
        List<String> found = new ArrayList<>();
        List<String> named = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("byline.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT sha256 FROM photos")) {
            while (rs.next()) {
                named.add(rs.getString(1));
            }
        }
        for (Path folder : List.of(store, store.resolveSibling("out"), store.resolveSibling("backups"))) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(folder)) {
                all.filter(Files::isRegularFile).forEach(p -> {
                    String name = p.getFileName().toString();
                    boolean temporary = name.endsWith(".tmp")
                            || name.endsWith(".partial")
                            || name.contains(".snapshot-")
                            || (name.startsWith(".") && !name.startsWith(".byline"));
                    boolean orphan = p.getParent().equals(store.resolve("media"))
                            && named.stream().noneMatch(name::startsWith);
                    if (temporary || orphan) {
                        found.add(store.relativize(p).toString());
                    }
                });
            }
        }
        return found;
    }

    private long timed(List<String> args) throws Exception {
        long start = System.nanoTime();
        int exit = run(args, dir.resolve("work"));
        assertThat(exit).as("%s runs when left alone", args).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The command line of a Byline process on {@code store}, as a user starts it. */
    private static List<String> byline(List<String> args, Path store) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.byline.app.Main",
                "--data-dir",
                store.toString()));
        command.addAll(args);
        return command;
    }

    private int run(List<String> args, Path store) throws Exception {
        Process p = new ProcessBuilder(byline(args, store))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".zip")).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
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

    private static void deleteTree(Path root) throws IOException {
        for (Path extra : List.of(root, root.resolveSibling("out"), root.resolveSibling("backups"))) {
            if (Files.exists(extra)) {
                try (Stream<Path> all = Files.walk(extra)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
