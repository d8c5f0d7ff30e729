package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextArea;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.soak.Soak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The store goes away under the open window, again and again: the disk fills up (a small tmpfs
 * is the data folder), another program locks the database. Each time
 * the status bar says so in words, the text stays on screen, and once the fault is gone the text
 * is saved without anyone doing anything. Needs root (it mounts the tmpfs), as CI has.
 */
@Tag("soak")
class StorageFaultSoak {
    @TempDir
    Path dir;

    private Path data;
    private boolean mounted;

    /**
     * A folder turned read-only while Byline runs is no fault here: Linux refuses to remount a disk
     * read-only while files on it are open for writing, and open files stay writable under a
     * read-only bind mount. A store that is read-only at the start is refused with a message
     * (LockedStoreTest, DamagedStoreTest).
     */
    enum Fault {
        DISK_FULL,
        LOCKED
    }

    @BeforeEach
    void mountASmallDisk() throws Exception {
        data = dir.resolve("data");
        Files.createDirectories(data);
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", data.toString()) == 0;
        assumeTrue(mounted, "mounting a tmpfs needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            sh("umount", "-l", data.toString());
        }
    }

    @Test
    void faultsUnderTheOpenWindow_areSaid_theTextStays_andIsSavedOnceTheyPass() throws Exception {
        long id;
        try (Context c = new Context(data, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            Article a = c.drafting()
                    .create(
                            new ArticleContent("저장소 장애", "", "사회", List.of(), "첫 문단."),
                            c.staff().named("홍길동"));
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
        int cycles = Soak.times(100);
        TreeMap<String, Integer> messages = new TreeMap<>();
        List<Long> toMessage = new ArrayList<>();
        List<Long> toSaved = new ArrayList<>();
        int lost = 0;
        int absorbed = 0;
        try (RunningByline byline = RunningByline.open(data)) {
            RunningByline.waitUntil(() -> byline.text("#body").startsWith("첫 문단."));
            TextArea body = byline.node("#body");
            for (int cycle = 0; cycle < cycles; cycle++) {
                Fault fault = Fault.values()[ThreadLocalRandom.current().nextInt(Fault.values().length)];
                String word = " " + fault.name().toLowerCase(Locale.ROOT) + cycle;
                try (AutoCloseable injected = inject(fault)) {
                    long typed = System.nanoTime();
                    byline.robot.interact(() -> body.appendText(word));
                    waitFor(
                            30,
                            () -> byline.text("#saveState").startsWith("저장 실패")
                                    || storedBody(id).endsWith(word));
                    String said = byline.text("#saveState");
                    if (storedBody(id).endsWith(word)) {
                        absorbed++; // SQLite still had room (its log file keeps its size): saved, nothing to say
                        continue;
                    }
                    toMessage.add((System.nanoTime() - typed) / 1_000_000);
                    messages.merge(said.replaceAll("\\d+", "N"), 1, Integer::sum);
                    assertThat(said)
                            .as("cycle %d (%s): the fault is said in words", cycle, fault)
                            .startsWith("저장 실패")
                            .doesNotContain("Exception", "SQLITE_", "rollback", "null");
                    assertThat(byline.text("#body"))
                            .as("the text stays on screen")
                            .endsWith(word);
                }
                long cleared = System.nanoTime();
                boolean saved = waitFor(30, () -> storedBody(id).endsWith(word));
                toSaved.add((System.nanoTime() - cleared) / 1_000_000);
                if (!saved) {
                    lost++;
                }
                waitFor(10, () -> byline.text("#saveState").startsWith("저장됨"));
            }
        }
        Soak.report(
                "storage faults under the window",
                String.format(
                        Locale.ROOT,
                        "%d faults (%d of them absorbed: saved anyway); said after median %d ms; saved after the fault passed: median %d ms, max %d ms; %d texts never saved;"
                                + " messages: %s",
                        cycles,
                        absorbed,
                        median(toMessage),
                        median(toSaved),
                        toSaved.stream().mapToLong(Long::longValue).max().orElse(0),
                        lost,
                        messages));
        assertThat(lost).isZero();
        assertThat(integrityCheck()).isEqualTo("ok");
    }

    /** Makes the store unwritable in the way asked; closing it takes the fault away. */
    private AutoCloseable inject(Fault fault) throws Exception {
        switch (fault) {
            case DISK_FULL -> {
                Path filler = data.resolve("filler.bin");
                try (OutputStream out = Files.newOutputStream(filler)) {
                    byte[] block = new byte[64 * 1024];
                    while (true) {
                        out.write(block);
                    }
                } catch (IOException full) {
                    // the disk is full now
                }
                return () -> Files.deleteIfExists(filler);
            }
            default -> {
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("byline.db"));
                try (Statement st = other.createStatement()) {
                    st.execute("BEGIN EXCLUSIVE");
                }
                return () -> {
                    try (Statement st = other.createStatement()) {
                        st.execute("ROLLBACK");
                    }
                    other.close();
                };
            }
        }
    }

    private String storedBody(long id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + data.resolve("byline.db") + "?mode=ro");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT body FROM articles WHERE id = " + id)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private String integrityCheck() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("byline.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean waitFor(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return Boolean.TRUE.equals(condition.call());
                } catch (Exception e) {
                    return false;
                }
            });
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
