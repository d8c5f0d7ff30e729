package org.byline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.newsroom.Exports.Format;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export window's work without a window, on a real store: the files written, one line each, and refusals. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    @TempDir
    Path out;

    private Context newsroom;
    private Person desk;
    private long approvedA;
    private long approvedB;
    private long draft;
    private final DirectTasks tasks = new DirectTasks();
    private final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        Person hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = newsroom.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray(), null);
        approvedA = approved(hong, "구청장 기자회견");
        approvedB = approved(hong, "시장 개막");
        draft = newsroom.drafting()
                .create(new ArticleContent("아직 쓰는 중", "", "사회", List.of(), "본문."), hong)
                .id();
    }

    private long approved(Person reporter, String headline) {
        Article a = newsroom.drafting().create(new ArticleContent(headline, "", "사회", List.of(), "본문."), reporter);
        newsroom.desk().submit(a.id(), reporter);
        return newsroom.desk().approve(a.id(), desk).id();
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private ExportViewModel export(Long... ids) {
        ExportViewModel vm = new ExportViewModel(newsroom.exports(), tasks, newsroom.messages(), desk, List.of(ids));
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        return vm;
    }

    @Test
    void approvedArticlesAreWritten_eachReportedWithItsFile_andAnUnapprovedOneIsRefusedWithoutStoppingTheRest() {
        ExportViewModel export = export(approvedA, draft, approvedB);
        export.folderProperty().set(out);

        export.start();

        Path a = out.resolve("article-" + approvedA + ".json");
        Path b = out.resolve("article-" + approvedB + ".json");
        assertThat(a).exists().content().contains("구청장 기자회견");
        assertThat(b).exists().content().contains("시장 개막");
        assertThat(out.resolve("article-" + draft + ".json")).doesNotExist();
        assertThat(export.results()).hasSize(3);
        assertThat(export.results().get(0)).isEqualTo("기사 " + approvedA + ": " + a);
        assertThat(export.results().get(1)).startsWith("기사 " + draft + " 실패: ").contains("승인되었거나 출고된 기사만 내보냅니다");
        assertThat(export.results().get(2)).isEqualTo("기사 " + approvedB + ": " + b);
        assertThat(export.summaryProperty().get()).isEqualTo("2건 내보냄, 1건 실패");
        assertThat(export.busyProperty().get()).isFalse();
        assertThat(progress).containsExactly(1 / 3.0, 2 / 3.0, 1.0);
    }

    @Test
    void withUnapprovedCopyChosen_theDraftGoesToo_inTheChosenFormat() throws Exception {
        ExportViewModel export = export(draft);
        export.folderProperty().set(out);
        export.draftsProperty().set(true);
        export.formatProperty().set(Format.PACKAGE);

        export.start();

        Path zip = out.resolve("article-" + draft + ".zip");
        assertThat(zip).exists();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("article.json")).isNotNull();
        }
        assertThat(export.summaryProperty().get()).isEqualTo("1건 내보냄, 0건 실패");
    }

    @Test
    void withoutAFolder_nothingIsWritten_andTheWindowAsksForOne() {
        ExportViewModel export = export(approvedA);

        export.start();

        assertThat(export.summaryProperty().get()).isEqualTo("내보낼 폴더를 먼저 고르세요.");
        assertThat(export.results()).isEmpty();
        assertThat(export.busyProperty().get()).isFalse();
        assertThat(progress).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWritten_refusesEachArticleWithAClearMessage() throws Exception {
        Path inTheWay = Files.writeString(out.resolve("보고서.txt"), "폴더가 아니라 파일");
        ExportViewModel export = export(approvedA, approvedB);
        export.folderProperty().set(inTheWay.resolve("내보내기"));

        export.start();

        assertThat(export.results())
                .hasSize(2)
                .allSatisfy(line ->
                        assertThat(line).contains("실패").contains("에 쓸 수 없습니다").contains("다른 폴더를 고르거나"));
        assertThat(export.summaryProperty().get()).isEqualTo("0건 내보냄, 2건 실패");
        assertThat(Files.readString(inTheWay))
                .as("the file in the way is left alone")
                .isEqualTo("폴더가 아니라 파일");
    }

    @Test
    void aSecondExport_replacesTheLinesOfTheFirst() {
        ExportViewModel export = export(approvedA);
        export.folderProperty().set(out);
        export.start();
        export.formatProperty().set(Format.NEWSML);

        export.start();

        assertThat(export.results())
                .containsExactly("기사 " + approvedA + ": " + out.resolve("article-" + approvedA + ".xml"));
        assertThat(export.summaryProperty().get()).isEqualTo("1건 내보냄, 0건 실패");
    }

    @Test
    void everyFormatHasAKoreanName() {
        ExportViewModel export = export(approvedA);

        assertThat(export.formats())
                .extracting(export::name)
                .containsExactly("ninjs 3.2 (JSON)", "NewsML-G2 2.35 (XML)", "HTML 폴더", "패키지 (.zip)");
        assertThat(export.formatProperty().get()).isEqualTo(Format.NINJS);
        assertThat(export.ids()).containsExactly(approvedA);
    }
}
