package org.byline.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Status;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped on the queue, on a real store: what came in is opened, what did not is named with why. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @TempDir
    Path desktop;

    private Context newsroom;
    private Person hong;
    private final DirectTasks tasks = new DirectTasks();
    private final List<Long> opened = new ArrayList<>();
    private final List<String> busyShown = new ArrayList<>();
    private int queueReadAgain;
    private ImportViewModel imports;

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        imports = new ImportViewModel(
                newsroom.imports(), tasks, newsroom.messages(), hong, opened::add, () -> queueReadAgain++);
        imports.busyProperty().addListener((o, a, b) -> busyShown.add(b));
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(desktop.resolve(name), text);
    }

    @Test
    void twoPressReleases_becomeDrafts_theQueueIsReadAfterEach_andTheLastIsOpened() throws Exception {
        Path first = file("보도자료.txt", "영등포구, 야간 도서관 연다\n\n구가 한강공원에 도서관을 연다.\n");
        Path second = file("행사.md", "# 구민 체육대회\n\n올해도 열린다.\n");

        imports.importFiles(List.of(first, second));

        assertThat(imports.problemProperty().get()).isEmpty();
        assertThat(imports.busyProperty().get()).isEmpty();
        assertThat(busyShown).contains("보도자료.txt 가져오는 중…", "행사.md 가져오는 중…");
        assertThat(queueReadAgain).isEqualTo(2);
        assertThat(newsroom.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(2);
        assertThat(opened).hasSize(1);
        Article last = newsroom.drafting().open(opened.get(0));
        assertThat(last.content().headline()).isEqualTo("구민 체육대회");
        assertThat(last.status()).isEqualTo(Status.DRAFT);
        assertThat(last.reporter().name()).isEqualTo("홍길동");
    }

    @Test
    void filesThatCannotBeImported_areEachNamedWithWhy_andTheGoodOneStillComesIn() throws Exception {
        Path empty = file("빈파일.txt", "");
        Path good = file("보도자료.txt", "영등포구, 야간 도서관 연다\n\n구가 한강공원에 도서관을 연다.\n");
        Path binary = Files.write(desktop.resolve("프로그램.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0x10});
        Path folder = Files.createDirectory(desktop.resolve("폴더"));

        imports.importFiles(List.of(empty, good, binary, folder));

        String[] problems = imports.problemProperty().get().split("\n");
        assertThat(problems).hasSize(3);
        assertThat(problems[0]).startsWith("빈파일.txt: ").contains("빈 파일입니다");
        assertThat(problems[1]).startsWith("프로그램.txt: ").contains("이진 파일");
        assertThat(problems[2]).startsWith("폴더: ").contains("파일이 아닙니다");
        assertThat(newsroom.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(1);
        assertThat(queueReadAgain).isEqualTo(1);
        assertThat(opened).as("the one that came in is opened").hasSize(1);
        assertThat(newsroom.drafting().open(opened.get(0)).content().headline()).isEqualTo("영등포구, 야간 도서관 연다");
        assertThat(imports.busyProperty().get()).isEmpty();
    }

    @Test
    void whenNothingComesIn_nothingIsOpened_andTheNextDropStartsWithAClearProblemLine() throws Exception {
        imports.importFiles(List.of(file("빈파일.txt", "")));
        assertThat(opened).isEmpty();
        assertThat(queueReadAgain).isZero();
        assertThat(imports.problemProperty().get()).contains("빈파일.txt");

        imports.importFiles(List.of(file("보도자료.txt", "영등포구, 야간 도서관 연다\n\n본문.\n")));
        assertThat(imports.problemProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
    }
}
