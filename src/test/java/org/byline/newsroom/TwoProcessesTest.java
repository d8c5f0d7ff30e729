package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.LockResult;
import org.byline.domain.LockResult.Outcome;
import org.byline.domain.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reporter and a desk editor in two Byline processes on one store, editing the same article:
 * the lock tells the second who holds it, the version refuses the stale save, and in the end the
 * article carries both people's work.
 */
@Timeout(120)
class TwoProcessesTest {
    @TempDir
    Path dir;

    private Context desk;
    private Person kim;
    private Child child;

    @BeforeEach
    void openStore() {
        desk = new Context(dir.resolve("data"), Locale.KOREAN);
        desk.staff().addReporter("홍길동", "hong@tvseoul.kr");
        kim = desk.staff().addReporter("김데스크", "desk@tvseoul.kr");
    }

    @AfterEach
    void close() {
        if (child != null) {
            child.process.destroyForcibly();
        }
        desk.close();
    }

    @Test
    void theDeskHoldsTheLock_theReportersProcessIsToldSo_andNoEditIsLost() throws Exception {
        Article article = desk.drafting()
                .create(
                        new ArticleContent("구청장 기자회견", "", "사회", List.of(), "첫 문단."),
                        desk.staff().named("홍길동"));
        LockResult mine = desk.locks().open(article.id(), kim);
        assertThat(mine.outcome()).isEqualTo(Outcome.TAKEN);

        child = Child.start(dir, "edit", "홍길동", Long.toString(article.id()));
        assertThat(child.expect("OPENED"))
                .isEqualTo("OPENED HELD_BY_OTHER 김데스크 " + mine.lock().since().toEpochMilli());
        assertThat(child.expect("READ")).isEqualTo("READ 1");

        Article edited = desk.drafting().save(article.id(), 1, article.content().withHeadline("영등포구청장 긴급 기자회견"));
        child.send("SAVE");
        assertThat(child.expect("STALE")).isEqualTo("STALE 1 2");
        assertThat(desk.drafting().open(article.id())).isEqualTo(edited);

        desk.locks().release(article.id(), kim);
        child.send("RETRY");
        assertThat(child.expect("OPENED")).isEqualTo("OPENED TAKEN 홍길동");
        assertThat(child.expect("SAVED")).isEqualTo("SAVED 3");

        LockResult deskAgain = desk.locks().open(article.id(), kim);
        assertThat(deskAgain.outcome()).isEqualTo(Outcome.HELD_BY_OTHER);
        assertThat(deskAgain.lock().holder()).isEqualTo("홍길동");
        Article both = desk.drafting().open(article.id());
        assertThat(both.version()).isEqualTo(3);
        assertThat(both.content().headline()).isEqualTo("영등포구청장 긴급 기자회견");
        assertThat(both.content().body()).isEqualTo("첫 문단.\n\n" + LockingChild.PARAGRAPH);

        child.send("QUIT");
        assertThat(child.expect("RELEASED")).isEqualTo("RELEASED");
        assertThat(child.exit()).isZero();
        assertThat(desk.locks().holder(article.id())).isEmpty();
    }

    @Test
    void twoProcessesLockingTheSameArticlesAtOnce_getEachArticleExactlyOnce() throws Exception {
        Person hong = desk.staff().named("홍길동");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(Long.toString(desk.drafting()
                    .create(new ArticleContent("기사 " + i, "", "사회", List.of(), ""), hong)
                    .id()));
        }
        List<String> args = new ArrayList<>(List.of("race", "홍길동"));
        args.addAll(ids);
        child = Child.start(dir, args.toArray(String[]::new));
        child.expect("READY");

        child.send("GO");
        Set<String> reporterTook = new HashSet<>();
        reporterTook.add(child.expect("TOOK").substring("TOOK ".length())); // the reporter is under way
        Set<String> deskTook = new HashSet<>();
        // from the other end, so that where they meet both ask for the same articles at once
        for (String id : reversed(ids)) {
            if (desk.locks().open(Long.parseLong(id), kim).outcome() == Outcome.TAKEN) {
                deskTook.add(id);
            }
        }
        for (String line = child.next(); !line.equals("DONE"); line = child.next()) {
            reporterTook.add(line.substring("TOOK ".length()));
        }

        Set<String> both = new HashSet<>(deskTook);
        both.retainAll(reporterTook);
        assertThat(both).as("articles both processes were told they hold").isEmpty();
        // how they share depends on SQLite's busy waits (not fair: one writer can starve the other); every
        // article going to exactly one of them does not
        assertThat(deskTook.size() + reporterTook.size()).isEqualTo(ids.size());
        for (String id : ids) {
            String holder =
                    desk.locks().holder(Long.parseLong(id)).orElseThrow().holder();
            assertThat(holder).as("article " + id).isEqualTo(deskTook.contains(id) ? "김데스크" : "홍길동");
        }
        assertThat(child.exit()).isZero();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /** The child JVM, started with this test's class path, and its line protocol. */
    private record Child(Process process, BufferedReader out, PrintWriter in, Path errors) {
        static Child start(Path dir, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dfile.encoding=UTF-8",
                    LockingChild.class.getName(),
                    args[0],
                    dir.resolve("data").toString()));
            command.addAll(List.of(args).subList(1, args.length));
            Path errors = dir.resolve("child-errors.txt");
            Process process =
                    new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new Child(
                    process,
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
                    new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8),
                    errors);
        }

        String next() throws IOException {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("the child process ended early:\n" + Files.readString(errors));
            }
            return line;
        }

        String expect(String prefix) throws IOException {
            String line = next();
            assertThat(line).as(Files.readString(errors)).startsWith(prefix);
            return line;
        }

        void send(String line) {
            in.println(line);
        }

        int exit() throws InterruptedException {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }
    }
}
