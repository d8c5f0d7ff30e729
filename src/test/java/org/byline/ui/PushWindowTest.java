package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.Role;
import org.byline.domain.SiteType;
import org.byline.domain.Status;
import org.byline.publish.WordPressStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The desk pushes an approved article from the window and watches it arrive in the outbox tab. */
class PushWindowTest {
    private static final String DESK_PASSWORD = "데스크비밀번호2026";

    @TempDir
    Path dir;

    private WordPressStandIn site;
    private long id;

    @BeforeEach
    void anApprovedArticleAndASite() throws Exception {
        site = new WordPressStandIn("editor", "app pass word");
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            Person desk = c.staff().add("김데스크", "desk@tvseoul.kr", Role.DESK, DESK_PASSWORD.toCharArray(), null);
            Person hong = c.staff().named("홍길동");
            Article a = c.drafting()
                    .create(new ArticleContent("구청장 기자회견", "", "사회", List.of("구청"), "구청장이 27일 기자회견을 열었다."), hong);
            c.desk().submit(a.id(), hong);
            c.desk().approve(a.id(), desk);
            c.sites().add("우리뉴스", SiteType.WORDPRESS, site.url(), "editor", "app pass word".toCharArray(), null);
            c.workspace().useProfile(desk);
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void withTwoSites_theDeskChoosesWhereThePushGoes() throws Exception {
        try (WordPressStandIn regional = new WordPressStandIn("editor", "app pass word")) {
            try (Context c = new Context(dir, Locale.KOREAN)) {
                c.sites().add("지역판", SiteType.WORDPRESS, regional.url(), "editor", "app pass word".toCharArray(), null);
            }
            try (RunningByline desk = RunningByline.open(dir)) {
                signIn(desk);

                desk.click("#push");
                waitUntil(() -> desk.robot.lookup("#pushSiteChoice").tryQuery().isPresent());
                ComboBox<String> choice = desk.node("#pushSiteChoice");
                assertThat(choice.getItems()).containsExactly("우리뉴스", "지역판");
                WaitForAsyncUtils.asyncFx(() -> choice.setValue("지역판")).get();
                desk.click("#pushToSite");
                desk.outbox().open();

                waitUntil(() -> desk.outbox().jobs().size() == 1
                        && desk.outbox().jobs().get(0).state() == PushState.DONE);
                assertThat(desk.outbox().jobs().get(0).siteName()).isEqualTo("지역판");
                assertThat(regional.posts).hasSize(1);
                assertThat(site.posts).isEmpty();
                assertThat(desk.desk().problem()).doesNotContain("사이트가 여러 개");
            }
        }
    }

    private static void signIn(RunningByline desk) throws Exception {
        desk.signIn().as("김데스크", DESK_PASSWORD);
        desk.desk().waitUntilOffered("push");
    }

    @Test
    void theDeskPushes_theOutboxShowsTheJobDoneWithItsLink_andTheArticleIsPublished() throws Exception {
        try (RunningByline desk = RunningByline.open(dir)) {
            signIn(desk);

            desk.click("#push");
            desk.outbox().open();

            TableView<PushJob> jobs = desk.node("#outboxJobs");
            waitUntil(
                    () -> jobs.getItems().size() == 1 && jobs.getItems().get(0).state() == PushState.DONE);
            PushJob job = jobs.getItems().get(0);
            assertThat(site.posts).hasSize(1);
            assertThat(job.remoteLink())
                    .isEqualTo(
                            site.posts.values().iterator().next().path("link").asText());
            // the row's cells are drawn a pulse after the job turns done
            waitUntil(() -> RunningByline.shownTexts(jobs, ".table-cell").containsAll(List.of("완료", job.remoteLink())));
            assertThat(RunningByline.shownTexts(jobs, ".table-cell")).contains("완료", job.remoteLink());
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).status()).isEqualTo(Status.PUBLISHED);
        }
    }
}
