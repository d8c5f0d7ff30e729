package org.byline.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.junit.jupiter.api.Test;

/**
 * What a store promises, whichever it is: the same rules and the same outcomes on a workstation's
 * own SQLite store and on a newsroom's PostgreSQL server reached through workstations' copies.
 * Each subclass says where the reporter and the desk work and how their work settles; the newsroom
 * one also checks, after every step, that the server holds what the workstations show.
 */
abstract class StoreContract {
    /** Where the reporter works. */
    abstract Context reporterSide();

    /** Where the desk works (the same store, or another workstation of the newsroom). */
    abstract Context deskSide();

    abstract Person reporter();

    abstract Person desk();

    /** Lets every change reach everyone (nothing to do on one store); then checks article {@code id} agrees everywhere. */
    abstract void settle(long id) throws Exception;

    private long draft(String headline) throws Exception {
        Article a = reporterSide()
                .drafting()
                .create(new ArticleContent(headline, "부제", "사회", List.of("구청", "예산"), "[TV서울=홍길동 기자] 본문."), reporter());
        settle(a.id());
        return a.id();
    }

    @Test
    void aDraft_isKeptWithItsTextTagsAndSection_underOneNumber() throws Exception {
        long id = draft("구청장 예산 설명회");

        Article mine = reporterSide().drafting().open(id);
        Article desks = deskSide().drafting().open(id);
        assertThat(desks.content()).isEqualTo(mine.content());
        assertThat(desks.content().tags()).containsExactly("구청", "예산");
        assertThat(desks.status()).isEqualTo(Status.DRAFT);
        assertThat(desks.reporter().name()).isEqualTo(reporter().name());
    }

    @Test
    void aSaveOnAnOlderVersion_isRefused_andTheNewerTextStays() throws Exception {
        long id = draft("초고");
        Article first = reporterSide().drafting().open(id);
        reporterSide().drafting().save(id, first.version(), withBody(first, "둘째 판."), reporter());

        assertThatThrownBy(() ->
                        reporterSide().drafting().save(id, first.version(), withBody(first, "옛 판 위에."), reporter()))
                .isInstanceOf(StaleVersionException.class);
        settle(id);
        assertThat(deskSide().drafting().open(id).content().body()).isEqualTo("둘째 판.");
    }

    @Test
    void filing_approving_andPublishing_areRecordedInOrder_withRevisions() throws Exception {
        long id = draft("예산안 통과");
        reporterSide().desk().submit(id, reporter());
        settle(id);
        deskSide().desk().approve(id, desk());
        settle(id);
        deskSide().desk().publish(id, desk());
        settle(id);

        for (Context side : List.of(reporterSide(), deskSide())) {
            Article a = side.drafting().open(id);
            assertThat(a.status()).isEqualTo(Status.PUBLISHED);
            assertThat(a.registeredAt()).isNotNull();
            assertThat(side.desk().history(id).stream().map(Transition::action))
                    .containsExactly(DeskAction.SUBMIT, DeskAction.APPROVE, DeskAction.PUBLISH);
            // newest first, as the history tab lists them
            assertThat(side.revisions().list(id)).extracting(r -> r.kind()).containsExactly("approve", "submit");
        }
    }

    @Test
    void aReturnedArticle_isADraftAgain_withTheDesksNote() throws Exception {
        long id = draft("반려될 기사");
        reporterSide().desk().submit(id, reporter());
        settle(id);
        deskSide().desk().returnToReporter(id, desk(), "출처를 밝혀 주세요");
        settle(id);

        Article a = reporterSide().drafting().open(id);
        assertThat(a.status()).isEqualTo(Status.DRAFT);
        assertThat(a.returnNote()).isEqualTo("출처를 밝혀 주세요");
    }

    @Test
    void aSpikedArticle_comesBackAsItWas() throws Exception {
        long id = draft("폐기될 기사");
        reporterSide().desk().submit(id, reporter());
        settle(id);
        deskSide().desk().spike(id, desk());
        settle(id);
        assertThat(reporterSide().drafting().open(id).status()).isEqualTo(Status.SPIKED);

        deskSide().desk().unspike(id, desk());
        settle(id);
        assertThat(reporterSide().drafting().open(id).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void filedCopy_isTheDesks_notTheReporters() throws Exception {
        long id = draft("송고한 기사");
        reporterSide().desk().submit(id, reporter());
        settle(id);
        Article filed = reporterSide().drafting().open(id);

        assertThatThrownBy(
                        () -> reporterSide().drafting().save(id, filed.version(), withBody(filed, "몰래."), reporter()))
                .isInstanceOf(NewsroomException.class);
        Article atDesk = deskSide().drafting().open(id);
        deskSide().drafting().save(id, atDesk.version(), withBody(atDesk, "데스크가 다듬은 글."), desk());
        settle(id);
        assertThat(reporterSide().drafting().open(id).content().body()).isEqualTo("데스크가 다듬은 글.");
    }

    @Test
    void aLockTakenByTheReporter_isSeenByTheDesk() throws Exception {
        long id = draft("잠긴 기사");
        reporterSide().locks().open(id, reporter());
        settle(id);

        assertThat(deskSide().locks().holder(id))
                .hasValueSatisfying(
                        l -> assertThat(l.holder()).isEqualTo(reporter().name()));
        assertThat(deskSide().locks().open(id, desk()).editable()).isFalse();
    }

    private static ArticleContent withBody(Article a, String body) {
        ArticleContent c = a.content();
        return new ArticleContent(c.headline(), c.subheadline(), c.section(), c.tags(), body);
    }
}
