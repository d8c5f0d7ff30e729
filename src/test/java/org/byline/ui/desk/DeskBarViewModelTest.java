package org.byline.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.Role;
import org.byline.domain.SiteType;
import org.byline.domain.Status;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk bar's buttons and actions without a window, on a real store: who is offered what, and refusals in Korean. */
class DeskBarViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private Person reporter;
    private Person desk;
    private final DirectTasks tasks = new DirectTasks();
    private final SimpleObjectProperty<Article> open = new SimpleObjectProperty<>();
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        reporter = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = newsroom.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray(), null);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    /** The bar as {@code me} sees it; after an action it shows the article's new state, as the editor does. */
    private DeskBarViewModel barFor(Person me) {
        return new DeskBarViewModel(
                open,
                newsroom.desk(),
                tasks,
                newsroom.messages(),
                me,
                () -> calls.add("saved"),
                changed -> {
                    calls.add("changed");
                    open.set(changed);
                },
                newsroom.drafting()::open);
    }

    private Article draftBy(Person who, String headline) {
        return newsroom.drafting().create(new ArticleContent(headline, "", "사회", List.of(), "본문."), who);
    }

    private Article filed(String headline) {
        Article a = draftBy(reporter, headline);
        return newsroom.desk().submit(a.id(), reporter);
    }

    @Test
    void theReporterIsOfferedOnlyToFileTheirOwnDraft() {
        DeskBarViewModel bar = barFor(reporter);
        open.set(draftBy(reporter, "구청장 기자회견"));

        assertThat(bar.offers(DeskAction.SUBMIT)).isTrue();
        assertThat(bar.offers(DeskAction.APPROVE)).isFalse();
        assertThat(bar.offers(DeskAction.RETURN)).isFalse();
        assertThat(bar.offers(DeskAction.SPIKE)).isFalse();

        bar.submit();

        assertThat(open.get().status()).isEqualTo(Status.SUBMITTED);
        assertThat(calls).as("what is typed is saved before the action").containsExactly("saved", "changed");
        assertThat(bar.offers(DeskAction.SUBMIT)).as("filed once").isFalse();
        assertThat(bar.problemProperty().get()).isEmpty();
    }

    @Test
    void approveAndReturn_areOfferedOnlyToADeskEditorOnSomeoneElsesFiledArticle() {
        DeskBarViewModel deskBar = barFor(desk);
        DeskBarViewModel reporterBar = barFor(reporter);

        open.set(filed("구청장 기자회견"));
        assertThat(deskBar.offers(DeskAction.APPROVE)).isTrue();
        assertThat(deskBar.offers(DeskAction.RETURN)).isTrue();
        assertThat(deskBar.offers(DeskAction.SUBMIT))
                .as("not the desk's to file")
                .isFalse();
        assertThat(reporterBar.offers(DeskAction.APPROVE)).isFalse();
        assertThat(reporterBar.offers(DeskAction.RETURN)).isFalse();

        Article ownFiled = newsroom.desk().submit(draftBy(desk, "데스크가 쓴 칼럼").id(), desk);
        open.set(ownFiled);
        assertThat(deskBar.offers(DeskAction.APPROVE))
                .as("four eyes: not one's own copy")
                .isFalse();
        assertThat(deskBar.offers(DeskAction.RETURN)).isFalse();

        open.set(draftBy(reporter, "아직 쓰는 중"));
        assertThat(deskBar.offers(DeskAction.APPROVE))
                .as("a draft is not filed")
                .isFalse();

        open.set(null);
        assertThat(deskBar.offers(DeskAction.APPROVE)).as("nothing open").isFalse();
        assertThat(deskBar.offers(DeskAction.PUSH))
                .as("no push without the outbox")
                .isFalse();
    }

    @Test
    void aReturnWithoutANote_isRefusedInKorean_andTheArticleStaysFiled() {
        DeskBarViewModel bar = barFor(desk);
        Article a = filed("구청장 기자회견");
        open.set(a);

        bar.returnToReporter("   ");

        assertThat(bar.problemProperty().get()).contains("반려 사유를 적으세요");
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.SUBMITTED);
        assertThat(calls).doesNotContain("changed");

        bar.returnToReporter("출처를 밝혀 주세요");

        assertThat(bar.problemProperty().get()).isEmpty();
        assertThat(open.get().status()).isEqualTo(Status.DRAFT);
        assertThat(open.get().returnNote()).isEqualTo("출처를 밝혀 주세요");
        assertThat(newsroom.desk().history(a.id()))
                .extracting(t -> t.action())
                .containsExactly(DeskAction.SUBMIT, DeskAction.RETURN);
    }

    @Test
    void anApproval_movesTheArticleOn_andARefusalIsShownUntilAnotherArticleIsOpened() {
        DeskBarViewModel deskBar = barFor(desk);
        Article a = filed("구청장 기자회견");
        open.set(a);

        deskBar.approve();
        assertThat(open.get().status()).isEqualTo(Status.APPROVED);
        assertThat(deskBar.offers(DeskAction.PUBLISH)).isTrue();
        assertThat(deskBar.offers(DeskAction.APPROVE)).isFalse();

        // the button is not offered, but were it pressed anyway the newsroom has the last word
        DeskBarViewModel reporterBar = barFor(reporter);
        reporterBar.publish();
        assertThat(reporterBar.problemProperty().get()).contains("데스크만");
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.APPROVED);

        open.set(filed("다른 기사"));
        assertThat(reporterBar.problemProperty().get())
                .as("a new article, a clean bar")
                .isEmpty();
    }

    @Test
    void spikeAndUnspike_bringTheArticleBackAsItWas() {
        DeskBarViewModel bar = barFor(desk);
        open.set(filed("구청장 기자회견"));

        bar.spike();
        assertThat(open.get().status()).isEqualTo(Status.SPIKED);
        assertThat(bar.offers(DeskAction.UNSPIKE)).isTrue();
        assertThat(bar.offers(DeskAction.APPROVE)).isFalse();

        bar.unspike();
        assertThat(open.get().status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void aPushWithSeveralSites_goesWhereTheDeskChose_andChoosingNothingQueuesNothing() {
        newsroom.sites()
                .add("우리뉴스", SiteType.WORDPRESS, "https://www.example.com", "editor", "app pass".toCharArray(), null);
        newsroom.sites()
                .add("자매지", SiteType.WORDPRESS, "https://sister.example.com", "editor", "app pass".toCharArray(), null);
        DeskBarViewModel bar = barFor(desk);
        bar.setPusher(new DeskBarViewModel.Pusher() {
            @Override
            public List<String> sites() {
                return newsroom.sites().all().stream().map(s -> s.name()).toList();
            }

            @Override
            public void queue(long articleId, String site) {
                newsroom.outbox().queue(List.of(articleId), site, desk, false);
            }
        });
        Article a = newsroom.desk().approve(filed("구청장 기자회견").id(), desk);
        open.set(a);
        assertThat(bar.offers(DeskAction.PUSH)).isTrue();

        List<List<String>> asked = new ArrayList<>();
        bar.setSiteChooser(sites -> {
            asked.add(sites);
            return Optional.empty();
        });
        bar.push();
        assertThat(asked).singleElement().satisfies(s -> assertThat(s).containsExactlyInAnyOrder("우리뉴스", "자매지"));
        assertThat(newsroom.outbox().jobs()).as("called off").isEmpty();

        bar.setSiteChooser(sites -> Optional.of("자매지"));
        bar.push();
        assertThat(newsroom.outbox().jobs())
                .singleElement()
                .extracting(PushJob::siteName, PushJob::articleId)
                .containsExactly("자매지", a.id());
        assertThat(bar.problemProperty().get()).isEmpty();
    }

    @Test
    void aPushToNoSite_saysSo() {
        DeskBarViewModel bar = barFor(desk);
        bar.setPusher(new DeskBarViewModel.Pusher() {
            @Override
            public List<String> sites() {
                return List.of();
            }

            @Override
            public void queue(long articleId, String site) {
                newsroom.outbox().queue(List.of(articleId), site, desk, false);
            }
        });
        open.set(newsroom.desk().approve(filed("구청장 기자회견").id(), desk));

        bar.push();

        assertThat(bar.problemProperty().get()).contains("보낼 사이트가 아직 없습니다");
        assertThat(newsroom.outbox().jobs()).isEmpty();
    }
}
