package org.byline.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reporter and a desk editor in two Byline processes on one store, for a minute, on the same
 * six articles: editing, filing, returning, locking, some of it ignoring the locks as a script
 * would. Every save either lands and stays, or is refused and said: none is lost silently.
 */
@Tag("soak")
class TwoProcessesSoak {
    @TempDir
    Path dir;

    @Test
    void aMinuteOfTwoProcessesOnTheSameArticles_losesNoSave_andSaysEveryConflict() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "hong@tvseoul.kr");
            c.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "desk-password".toCharArray(), null);
            for (int i = 0; i < 6; i++) {
                ids.add(Long.toString(c.drafting()
                        .create(new ArticleContent("기사 " + i, "", "사회", List.of(), "첫 문단."), hong)
                        .id()));
            }
        }
        int seconds = Soak.times(60);
        CompletableFuture<List<String>> reporter =
                CompletableFuture.supplyAsync(() -> run("reporter", "홍길동", seconds, ids));
        CompletableFuture<List<String>> desk = CompletableFuture.supplyAsync(() -> run("desk", "이데스크", seconds, ids));
        List<String> lines = new ArrayList<>(reporter.get(seconds + 120L, TimeUnit.SECONDS));
        List<String> deskLines = desk.get(seconds + 120L, TimeUnit.SECONDS);
        assertThat(lines).as("the reporter's process ran to its end").endsWith("DONE");
        assertThat(deskLines).as("the desk's process ran to its end").endsWith("DONE");
        lines.addAll(deskLines);

        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> savedIn = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split(" ");
            counts.merge(p[0], 1, Integer::sum);
            if (p[0].equals("SAVED")) {
                savedIn.put(p[1], p[2]);
            }
        }
        int lost = 0;
        int doubled = 0;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Map<String, List<String>> bodies = new HashMap<>();
            for (String id : ids) {
                bodies.put(
                        id,
                        List.of(c.drafting()
                                .open(Long.parseLong(id))
                                .content()
                                .body()
                                .split("\n")));
            }
            for (Map.Entry<String, String> saved : savedIn.entrySet()) {
                long found = bodies.get(saved.getValue()).stream()
                        .filter(saved.getKey()::equals)
                        .count();
                if (found == 0) {
                    lost++;
                } else if (found > 1) {
                    doubled++;
                }
            }
        }
        Soak.report(
                "two processes on the same articles",
                String.format(
                        Locale.ROOT,
                        "%d s; %d saves landed, %d lost, %d doubled; %d refused as stale, %d told the lock was held,"
                                + " %d refused as moved on; %d filed, %d returned",
                        seconds,
                        savedIn.size(),
                        lost,
                        doubled,
                        counts.getOrDefault("STALE", 0),
                        counts.getOrDefault("HELD", 0),
                        counts.getOrDefault("REFUSED", 0),
                        counts.getOrDefault("SUBMITTED", 0),
                        counts.getOrDefault("RETURNED", 0)));
        assertThat(lost).as("saves that landed and were later lost").isZero();
        assertThat(doubled).isZero();
        assertThat(savedIn).as("both processes got work done").isNotEmpty();
    }

    private List<String> run(String role, String name, int seconds, List<String> ids) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EditingWorker.class.getName(),
                dir.toString(),
                role,
                name,
                Integer.toString(seconds)));
        command.addAll(ids);
        List<String> lines = new ArrayList<>();
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
