package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Role;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.i18n.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day on the desk: what each decision records, and the embargo's edges in Korean time. */
class DeskTest {
    private static final Instant MORNING =
            OffsetDateTime.parse("2026-11-30T09:00+09:00").toInstant();
    private static final ArticleContent BUDGET =
            new ArticleContent("구청 예산안 확정", "", "사회", List.of("예산"), "한빛구가 내년 예산안을 확정했다.");

    @TempDir
    Path dir;

    private AdjustableClock clock;
    private Context context;
    private Desk desk;
    private Person hong;
    private Person lee;

    @BeforeEach
    void newsroom() {
        clock = new AdjustableClock(MORNING);
        context = new Context(dir, Locale.KOREAN, clock);
        desk = context.desk();
        hong = context.staff().add("홍길동", "hong@tvseoul.kr", Role.REPORTER, null, null);
        lee = context.staff().add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void history_recordsWhoWhenFromToAndWhy_oldestFirst() {
        long id = draft();
        desk.submit(id, hong);
        clock.advance(Duration.ofMinutes(10));
        desk.returnToReporter(id, lee, "  구청 관계자 실명을 확인해 주세요.  ");
        clock.advance(Duration.ofMinutes(30));
        desk.submit(id, hong);
        clock.advance(Duration.ofMinutes(5));
        desk.approve(id, lee);

        List<Transition> history = desk.history(id);

        assertThat(history)
                .extracting(Transition::action)
                .containsExactly(DeskAction.SUBMIT, DeskAction.RETURN, DeskAction.SUBMIT, DeskAction.APPROVE);
        assertThat(history).extracting(Transition::by).containsExactly("홍길동", "이데스크", "홍길동", "이데스크");
        assertThat(history)
                .extracting(Transition::at)
                .containsExactly(
                        MORNING, MORNING.plusSeconds(600), MORNING.plusSeconds(2400), MORNING.plusSeconds(2700));
        assertThat(history.get(1))
                .isEqualTo(new Transition(
                        id,
                        Status.SUBMITTED,
                        Status.DRAFT,
                        DeskAction.RETURN,
                        "이데스크",
                        MORNING.plusSeconds(600),
                        "구청 관계자 실명을 확인해 주세요."));
        assertThat(history.get(3).from()).isEqualTo(Status.SUBMITTED);
        assertThat(history.get(3).to()).isEqualTo(Status.APPROVED);
    }

    @Test
    void returnNote_isOnTheArticleUntilTheReporterSubmitsAgain() {
        long id = draft();
        desk.submit(id, hong);

        Article returned = desk.returnToReporter(id, lee, "리드를 줄여 주세요.");
        assertThat(returned.status()).isEqualTo(Status.DRAFT);
        assertThat(context.drafting().open(id).returnNote()).isEqualTo("리드를 줄여 주세요.");

        clock.advance(Duration.ofHours(1));
        Article again = desk.submit(id, hong);
        assertThat(again.returnNote()).isEmpty();
        assertThat(again.submittedAt()).isEqualTo(MORNING.plus(Duration.ofHours(1)));
    }

    @Test
    void return_isRefused_withoutANote() {
        long id = draft();
        desk.submit(id, hong);

        assertThatThrownBy(() -> desk.returnToReporter(id, lee, "  \n "))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.noteRequired"));
        assertThat(context.drafting().open(id).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void registeredAt_isSetAtTheFirstApproval_andKeptAfterwards() {
        long id = draft();
        desk.submit(id, hong);
        Article approved = desk.approve(id, lee);
        assertThat(approved.registeredAt()).isEqualTo(MORNING);

        clock.advance(Duration.ofDays(1));
        desk.returnToReporter(id, lee, "수치 확인");
        desk.submit(id, hong);
        Article again = desk.approve(id, lee);

        assertThat(again.registeredAt()).isEqualTo(MORNING);
    }

    @Test
    void unspike_restoresTheStatusTheArticleHadBefore() {
        long id = draft();
        desk.submit(id, hong);
        desk.approve(id, lee);

        assertThat(desk.spike(id, lee).status()).isEqualTo(Status.SPIKED);
        assertThat(desk.unspike(id, lee).status()).isEqualTo(Status.APPROVED);
        assertThat(desk.history(id)).last().satisfies(t -> {
            assertThat(t.from()).isEqualTo(Status.SPIKED);
            assertThat(t.to()).isEqualTo(Status.APPROVED);
        });
    }

    @Test
    void aDeskDecision_makesTheReportersOpenCopyStale_soItsSaveIsRefused() {
        long id = draft();
        Article inTheEditor = desk.submit(id, hong);
        desk.approve(id, lee);

        assertThatThrownBy(() -> context.drafting().save(id, inTheEditor.version(), BUDGET.withHeadline("덮어쓰기")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(context.drafting().open(id).content().headline()).isEqualTo("구청 예산안 확정");
    }

    @Test
    void refusals_sayWhyInTheUsersLanguage() {
        long id = draft();
        NewsroomException wrongState = catchThrowableOfType(NewsroomException.class, () -> desk.approve(id, lee));
        NewsroomException notDesk = catchThrowableOfType(NewsroomException.class, () -> desk.spike(id, hong));

        assertThat(new Messages(Locale.KOREAN).describe(wrongState))
                .isEqualTo("기사 " + id + ": 송고된 기사만 승인할 수 있습니다 (지금: 작성중).");
        assertThat(new Messages(Locale.ENGLISH).describe(wrongState))
                .isEqualTo("Article " + id + ": only submitted articles can be approved (now: Draft).");
        assertThat(new Messages(Locale.KOREAN).describe(notDesk)).isEqualTo("데스크만 폐기할 수 있습니다. ‘홍길동’ 님은 기자 프로필입니다.");
    }

    @Test
    void aRoleTakenAwayMeanwhile_counts_notTheCopyTheCallerHolds() {
        long id = draft();
        desk.submit(id, hong);
        Person forged = new Person(hong.id(), hong.name(), hong.email(), Role.DESK);

        assertThatThrownBy(() -> desk.approve(id, forged))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.notDesk"));
    }

    @Test
    void theDeskQueue_showsSubmittedArticles_theOneWaitingLongestFirst() {
        long first = draft();
        long second = draft();
        long third = draft();
        long notSubmitted = draft();
        desk.submit(second, hong);
        clock.advance(Duration.ofMinutes(1));
        desk.submit(third, hong);
        clock.advance(Duration.ofMinutes(1));
        desk.submit(first, hong);
        context.drafting().save(second, context.drafting().open(second).version(), BUDGET.withHeadline("고침"));

        List<ArticleSummary> queue = context.drafting().page(QueueFilter.DESK_QUEUE, 0, 10);

        assertThat(queue)
                .extracting(ArticleSummary::id)
                .containsExactly(second, third, first)
                .doesNotContain(notSubmitted);
        assertThat(queue.get(0).submittedAt()).isEqualTo(MORNING);
    }

    @Test
    void aCorrection_ofApprovedCopy_recordsTheModifiedTimeAndTheNote_andThePageShowsIt() {
        long id = draft();
        desk.submit(id, hong);
        Article approved = desk.approve(id, lee);
        clock.advance(Duration.ofHours(2));

        Article corrected = desk.correct(
                id, approved.version(), BUDGET.withBody("한빛구가 내년 예산안 1조 2천억 원을 확정했다."), "예산 총액을 바로잡았습니다.", lee);

        assertThat(corrected.version()).isEqualTo(approved.version() + 1);
        assertThat(corrected.modifiedAt()).isEqualTo(MORNING.plus(Duration.ofHours(2)));
        assertThat(corrected.correctionNote()).isEqualTo("예산 총액을 바로잡았습니다.");
        assertThat(corrected.content().body()).contains("1조 2천억");
        assertThat(desk.history(id)).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo(DeskAction.CORRECT);
            assertThat(t.note()).isEqualTo("예산 총액을 바로잡았습니다.");
        });
        Document page = Jsoup.parse(context.preview().page(corrected));
        assertThat(page.getElementById("modified").text()).isEqualTo("수정 2026.11.30 11:00:00");
        assertThat(page.getElementById("correction").text()).isEqualTo("정정: 예산 총액을 바로잡았습니다.");
        assertThat(context.search().find("1조").stream().map(h -> h.id())).contains(id);
    }

    @Test
    void aCorrection_isRefused_overAStaleVersion_onADraft_andFromAReporter() {
        long id = draft();
        assertThatThrownBy(() -> desk.correct(id, 1, BUDGET, "정정", lee))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.state.correct"));
        desk.submit(id, hong);
        Article approved = desk.approve(id, lee);

        assertThatThrownBy(() -> desk.correct(id, approved.version() - 1, BUDGET, "정정", lee))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> desk.correct(id, approved.version(), BUDGET, "정정", hong))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.notDesk"));
    }

    @Test
    void anEmbargo_holdsUntilItsSecond_andNotASecondLonger() {
        long id = approved();
        Instant until = OffsetDateTime.parse("2026-11-30T15:00+09:00").toInstant();
        desk.embargo(id, until, lee);

        clock.set(until.minusSeconds(1));
        assertThatThrownBy(() -> desk.publish(id, lee)).isInstanceOfSatisfying(NewsroomException.class, e -> {
            assertThat(e.key()).isEqualTo("desk.embargoed");
            assertThat(new Messages(Locale.KOREAN).describe(e)).contains("2026.11.30 15:00:00 까지 엠바고");
        });
        assertThatThrownBy(() -> desk.requireReleasable(id, lee, false)).isInstanceOf(NewsroomException.class);

        clock.set(until);
        desk.requireReleasable(id, lee, false);
        clock.set(until.plusSeconds(1));
        assertThat(desk.publish(id, lee).status()).isEqualTo(Status.PUBLISHED);
        assertThat(desk.history(id)).extracting(Transition::action).doesNotContain(DeskAction.OVERRIDE_EMBARGO);
    }

    @Test
    void anEmbargoAtMidnightInKorea_holdsAt235959_andReleasesAt000001() {
        long id = approved();
        Instant midnight = OffsetDateTime.parse("2026-12-01T00:00+09:00").toInstant();
        assertThat(midnight).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
        desk.embargo(id, midnight, lee);

        clock.set(OffsetDateTime.parse("2026-11-30T23:59:59+09:00").toInstant());
        NewsroomException held =
                catchThrowableOfType(NewsroomException.class, () -> desk.requireReleasable(id, lee, false));
        assertThat(new Messages(Locale.KOREAN).describe(held)).contains("2026.12.01 00:00:00 까지");

        clock.set(OffsetDateTime.parse("2026-12-01T00:00:01+09:00").toInstant());
        desk.requireReleasable(id, lee, false);
        assertThat(desk.publish(id, lee).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void anOverride_releasesUnderEmbargo_onlyForTheDesk_andIsRecorded() {
        long id = approved();
        Instant until = MORNING.plus(Duration.ofDays(1));
        desk.embargo(id, until, lee);
        int before = desk.history(id).size();

        assertThatThrownBy(() -> desk.requireReleasable(id, hong, true))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.notDesk"));
        desk.requireReleasable(id, lee, true);
        Article published = desk.publish(id, lee, true);

        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        List<Transition> after =
                desk.history(id).subList(before, desk.history(id).size());
        assertThat(after)
                .extracting(Transition::action)
                .containsExactly(DeskAction.OVERRIDE_EMBARGO, DeskAction.OVERRIDE_EMBARGO, DeskAction.PUBLISH);
        assertThat(after.get(0).by()).isEqualTo("이데스크");
        assertThat(after.get(0).note()).isEqualTo("2026-12-01T09:00+09:00");
    }

    @Test
    void anEmbargo_mustLieAhead_canBeCleared_andClearingNothingIsRefused() {
        long id = approved();
        assertThatThrownBy(() -> desk.embargo(id, MORNING, lee))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.embargoPast"));
        assertThatThrownBy(() -> desk.clearEmbargo(id, lee))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("desk.noEmbargo"));

        Article held = desk.embargo(id, MORNING.plus(Duration.ofHours(3)), lee);
        assertThat(held.embargoUntil()).isEqualTo(MORNING.plus(Duration.ofHours(3)));
        assertThat(held.isEmbargoedAt(MORNING)).isTrue();
        Article cleared = desk.clearEmbargo(id, lee);

        assertThat(cleared.embargoUntil()).isNull();
        assertThat(desk.publish(id, lee).status()).isEqualTo(Status.PUBLISHED);
        assertThat(desk.history(id))
                .extracting(Transition::action)
                .containsSubsequence(DeskAction.EMBARGO, DeskAction.CLEAR_EMBARGO, DeskAction.PUBLISH);
    }

    @Test
    void anUnknownArticle_isNamed() {
        assertThatThrownBy(() -> desk.approve(999, lee))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.unknownArticle"));
        assertThatThrownBy(() -> desk.history(999)).isInstanceOf(NewsroomException.class);
    }

    private long draft() {
        return context.drafting().create(BUDGET, hong).id();
    }

    private long approved() {
        long id = draft();
        desk.submit(id, hong);
        desk.approve(id, lee);
        return id;
    }
}
