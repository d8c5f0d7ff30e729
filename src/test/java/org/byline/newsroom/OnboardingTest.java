package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start on an empty store: who is writing, and two sample articles if they like. */
class OnboardingTest {
    @TempDir
    Path dir;

    private Context context;

    @BeforeEach
    void openEmptyStore() {
        context = new Context(dir, Locale.KOREAN);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyStore_asksWhoIsWriting() {
        assertThat(context.onboarding().isNeeded()).isTrue();
        assertThat(context.workspace().currentProfile()).isEmpty();
    }

    @Test
    void welcome_createsTheProfile_andMakesItTheCurrentOne() {
        Person hong = context.onboarding().welcome("홍길동", "hong@tvseoul.kr", true);

        assertThat(hong.name()).isEqualTo("홍길동");
        assertThat(hong.email()).isEqualTo("hong@tvseoul.kr");
        assertThat(context.workspace().currentProfile()).contains(hong);
        assertThat(context.onboarding().isNeeded()).isFalse();
    }

    @Test
    void welcomeWithSamples_addsTwoArticlesByTheNewReporter_andOpensTheFirst() {
        Person hong = context.onboarding().welcome("홍길동", "hong@tvseoul.kr", true);

        List<ArticleSummary> queue = context.drafting().page(QueueFilter.NEWEST_FIRST, 0, 10);
        assertThat(queue).hasSize(2);
        assertThat(queue).allSatisfy(row -> {
            assertThat(row.headline()).isNotBlank();
            assertThat(row.reporter()).isEqualTo("홍길동");
        });
        long first = queue.stream().mapToLong(ArticleSummary::id).min().orElseThrow();
        assertThat(context.workspace().openArticle()).contains(first);
        assertThat(context.drafting().open(first).reporter()).isEqualTo(hong);
    }

    @Test
    void samples_renderAsTheSiteWould_withTheBylineLead() {
        context.onboarding().welcome("홍길동", "hong@tvseoul.kr", true);

        for (ArticleSummary row : context.drafting().page(QueueFilter.NEWEST_FIRST, 0, 10)) {
            Article sample = context.drafting().open(row.id());
            Document page = Jsoup.parse(context.preview().page(sample));

            assertThat(page.getElementById("headline").text())
                    .isEqualTo(sample.content().headline())
                    .isNotBlank();
            assertThat(page.selectFirst("#body p").text()).startsWith("[바이라인뉴스=홍길동 기자] ");
            assertThat(page.select("#body ul li")).isNotEmpty();
            assertThat(page.getElementById("body").text()).doesNotContain("## ");
            assertThat(context.preview().counts(sample.content().body()).manuscriptSheets())
                    .isPositive();
        }
    }

    @Test
    void welcomeWithoutSamples_addsNoArticle() {
        context.onboarding().welcome("홍길동", "hong@tvseoul.kr", false);

        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isZero();
        assertThat(context.workspace().openArticle()).isEmpty();
        assertThat(context.workspace().currentProfile()).map(Person::name).contains("홍길동");
    }

    @Test
    void welcomeWithoutAName_isRefused_andStillAsks() {
        assertThatThrownBy(() -> context.onboarding().welcome("  ", "hong@tvseoul.kr", true))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.nameRequired"));

        assertThat(context.onboarding().isNeeded()).isTrue();
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isZero();
    }

    @Test
    void theCurrentProfileAndOpenArticle_areRememberedAcrossARestart() {
        Person hong = context.onboarding().welcome("홍길동", "hong@tvseoul.kr", true);
        long open = context.workspace().openArticle().orElseThrow();
        context.close();

        context = new Context(dir, Locale.KOREAN);

        assertThat(context.onboarding().isNeeded()).isFalse();
        assertThat(context.workspace().currentProfile()).contains(hong);
        assertThat(context.workspace().openArticle()).contains(open);
    }
}
