package org.byline.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Finding;
import org.byline.domain.Person;
import org.byline.newsroom.StyleCheck;
import org.byline.ui.fx.DirectTasks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's rules without a window, on a real store: the page follows the typing after a pause, and typed markup stays text. */
class PreviewViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private Person hong;
    private final DirectTasks tasks = new DirectTasks();
    private final SimpleObjectProperty<Article> draft = new SimpleObjectProperty<>();

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        newsroom.settings().set("outlet.name", "TV서울", null);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private PreviewViewModel preview() {
        return new PreviewViewModel(newsroom.preview(), tasks, draft, newsroom.style()::check, newsroom.messages());
    }

    private Article stored(String headline, String body) {
        return newsroom.drafting().create(new ArticleContent(headline, "", "사회", List.of(), body), hong);
    }

    private static Document page(PreviewViewModel preview) {
        return Jsoup.parse(preview.pageHtmlProperty().get());
    }

    @Test
    void theOpenArticlesPage_showsItsHeadline_andATypedScriptTagStaysText() {
        draft.set(stored("<script>alert('구청')</script> 예산안 발표", "본문에도 <b>굵게</b> <script>steal()</script> 적었다."));

        PreviewViewModel preview = preview();

        String html = preview.pageHtmlProperty().get();
        assertThat(html).contains("&lt;script&gt;alert('구청')&lt;/script&gt; 예산안 발표");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<script>steal");
        Document page = page(preview);
        assertThat(page.select("script"))
                .noneMatch(s -> s.data().contains("alert") || s.data().contains("steal"));
        assertThat(page.select("b")).as("typed markup is not markup").isEmpty();
        assertThat(page.text()).contains("<script>alert('구청')</script> 예산안 발표", "<b>굵게</b>", "TV서울");
        assertThat(Jsoup.parse(preview.teaserHtmlProperty().get()).text()).contains("예산안 발표");
    }

    @Test
    void thePageFollowsTheTyping_aPauseAfterTheLastKey_andTheNewestTextWins() {
        Article a = stored("구청 예산안", "첫 문단.");
        draft.set(a);
        PreviewViewModel preview = preview();
        assertThat(page(preview).text()).contains("구청 예산안");

        draft.set(a.withContent(a.content().withHeadline("구청 예산안 발")));
        tasks.advance(Duration.ofMillis(150));
        draft.set(a.withContent(a.content().withHeadline("구청 예산안 발표")));
        tasks.advance(PreviewViewModel.DELAY.minusMillis(1));
        assertThat(page(preview).text()).as("still typing").doesNotContain("구청 예산안 발");

        tasks.advance(Duration.ofMillis(1));
        assertThat(page(preview).text()).contains("구청 예산안 발표");
        assertThat(tasks.hasScheduled())
                .as("one render for the burst, none left waiting")
                .isFalse();
    }

    @Test
    void thePageIsAlsoWrittenToAFile_forWebKitToShowLocalPhotos() throws Exception {
        draft.set(stored("구청 예산안", "첫 문단."));

        PreviewViewModel preview = preview();

        Path page = Path.of(URI.create(preview.pageFile()));
        Path teaser = Path.of(URI.create(preview.teaserFile()));
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .isEqualTo(preview.pageHtmlProperty().get());
        assertThat(Files.readString(teaser, StandardCharsets.UTF_8))
                .isEqualTo(preview.teaserHtmlProperty().get());
    }

    @Test
    void changedOutletSettings_showAfterTheSiteIsReadAgain() {
        draft.set(stored("구청 예산안", "첫 문단."));
        PreviewViewModel preview = preview();
        newsroom.settings().set("outlet.name", "한빛일보", null);

        preview.refresh();
        assertThat(page(preview).text())
                .as("the site is read once, not per key")
                .doesNotContain("한빛일보");

        preview.reloadSite();
        assertThat(page(preview).text()).contains("한빛일보");
    }

    @Test
    void theHouseStyleCheck_findsWhatIsTyped_andABrokenRulesFileIsSaidRatherThanHidden() throws Exception {
        Article a = stored("구청 예산안", "조례안을 가결하였다.");
        draft.set(a);
        PreviewViewModel preview = preview();

        assertThat(preview.findings()).extracting(Finding::rule, Finding::text).contains(tuple("hayeotda", "하였다"));
        assertThat(preview.styleProblemProperty().get()).isEmpty();

        Files.writeString(dir.resolve(StyleCheck.FILE_NAME), "{ 고장난 파일");
        draft.set(a.withContent(a.content().withBody("조례안을 가결했다.")));
        tasks.advance(PreviewViewModel.DELAY);

        assertThat(preview.findings()).isEmpty();
        assertThat(preview.styleProblemProperty().get()).contains("표기 원칙 파일").contains("읽을 수 없습니다");
        assertThat(page(preview).text()).as("the page still renders").contains("조례안을 가결했다.");
    }

    @Test
    void withNothingOpen_thereIsNoPage() {
        PreviewViewModel preview = preview();

        assertThat(preview.pageHtmlProperty().get()).isEmpty();
        assertThat(preview.pageFile()).isNull();
    }
}
