package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleLock;
import org.byline.domain.LockEvent;
import org.byline.domain.LockResult;
import org.byline.domain.LockResult.Outcome;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.store.Database;
import org.byline.store.SqliteLockStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reporter opens an article; a colleague opening it sees who is editing and since when. */
class LocksTest {
    private static final Instant MORNING = Instant.parse("2025-03-27T00:30:00Z");

    @TempDir
    Path dir;

    private final AdjustableClock clock = new AdjustableClock(MORNING);
    private Context context;
    private Locks locks;
    private Person hong;
    private Person kim;
    private Article article;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN, clock);
        locks = context.locks();
        hong = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        kim = context.staff().add("김데스크", "desk@tvseoul.kr", Role.DESK, "데스크비밀번호2026".toCharArray(), null);
        article = context.drafting().create(new ArticleContent("구청장 기자회견", "", "사회", List.of(), "본문"), hong);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aFreeArticle_isLockedForWhoeverOpensIt() {
        LockResult result = locks.open(article.id(), hong);

        assertThat(result.outcome()).isEqualTo(Outcome.TAKEN);
        assertThat(result.editable()).isTrue();
        assertThat(result.lock()).isEqualTo(new ArticleLock(article.id(), hong.id(), "홍길동", MORNING, MORNING));
        assertThat(locks.holder(article.id())).contains(result.lock());
        assertThat(locks.all()).containsExactly(result.lock());
    }

    @Test
    void aSecondPerson_opensReadOnly_andIsToldWhoHoldsItSinceWhen() {
        locks.open(article.id(), hong);
        clock.advance(Duration.ofMinutes(10));

        LockResult second = locks.open(article.id(), kim);

        assertThat(second.outcome()).isEqualTo(Outcome.HELD_BY_OTHER);
        assertThat(second.editable()).isFalse();
        assertThat(second.lock().holder()).isEqualTo("홍길동");
        assertThat(second.lock().since()).isEqualTo(MORNING);
        assertThat(locks.holder(article.id()).orElseThrow().holderId()).isEqualTo(hong.id());
    }

    @Test
    void theSamePerson_reopening_keepsEditing_andTheLockKeepsItsSince() {
        locks.open(article.id(), hong);
        clock.advance(Duration.ofMinutes(3));

        LockResult again = locks.open(article.id(), hong);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_YOURS);
        assertThat(again.lock().since()).isEqualTo(MORNING);
        assertThat(again.lock().heartbeat()).isEqualTo(MORNING.plus(Duration.ofMinutes(3)));
    }

    @Test
    void theSamePerson_afterARestart_recognisesTheirOwnLock() {
        locks.open(article.id(), hong);
        context.close(); // the window crashed; its lock stays behind
        clock.advance(Duration.ofMinutes(5));
        context = new Context(dir, Locale.KOREAN, clock);

        LockResult resumed = context.locks().open(article.id(), hong);

        assertThat(resumed.outcome()).isEqualTo(Outcome.RESUMED);
        assertThat(resumed.editable()).isTrue();
        assertThat(context.locks().isStale(resumed.lock())).isFalse();
    }

    @Test
    void aLockIsStale_twoMinutesAfterItsLastHeartbeat_andNotBefore() {
        locks.open(article.id(), hong);

        clock.advance(Duration.ofSeconds(119));
        assertThat(locks.isStale(locks.holder(article.id()).orElseThrow())).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(locks.isStale(locks.holder(article.id()).orElseThrow())).isTrue();
    }

    @Test
    void heartbeats_keepALongEditFresh() {
        locks.open(article.id(), hong);
        for (int i = 0; i < 20; i++) { // ten minutes of typing
            clock.advance(Locks.HEARTBEAT_EVERY);
            locks.heartbeat(article.id(), hong);
        }

        ArticleLock lock = locks.holder(article.id()).orElseThrow();
        assertThat(lock.since()).isEqualTo(MORNING);
        assertThat(lock.heartbeat()).isEqualTo(MORNING.plus(Duration.ofMinutes(10)));
        assertThat(locks.isStale(lock)).isFalse();
    }

    @Test
    void released_theArticleIsFreeForTheNextPerson() {
        locks.open(article.id(), hong);

        locks.release(article.id(), hong);

        assertThat(locks.holder(article.id())).isEmpty();
        assertThat(locks.open(article.id(), kim).outcome()).isEqualTo(Outcome.TAKEN);
    }

    @Test
    void releasingAFreeArticle_isHarmless_butSomebodyElsesLockIsRefused() {
        assertThatCode(() -> locks.release(article.id(), hong)).doesNotThrowAnyException();
        locks.open(article.id(), kim);

        assertThatThrownBy(() -> locks.release(article.id(), hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.lock.notYours");
        assertThat(locks.holder(article.id()).orElseThrow().holder()).isEqualTo("김데스크");
    }

    @Test
    void breakingAStaleLock_givesTheArticleToTheBreaker_andIsRecorded() {
        locks.open(article.id(), hong);
        clock.advance(Duration.ofMinutes(5)); // 홍길동's laptop went to sleep

        ArticleLock broken = locks.breakLock(article.id(), kim);

        assertThat(broken.holder()).isEqualTo("홍길동");
        assertThat(locks.holder(article.id()).orElseThrow())
                .extracting(ArticleLock::holder, ArticleLock::since)
                .containsExactly("김데스크", MORNING.plus(Duration.ofMinutes(5)));
        assertThat(locks.events(article.id()))
                .containsExactly(new LockEvent(
                        article.id(),
                        MORNING.plus(Duration.ofMinutes(5)),
                        kim.id(),
                        "김데스크",
                        hong.id(),
                        "홍길동",
                        MORNING,
                        MORNING,
                        true));
    }

    @Test
    void theFormerHolder_learnsAtTheNextHeartbeat_thatTheLockIsGone() {
        locks.open(article.id(), hong);
        clock.advance(Duration.ofMinutes(5));
        locks.breakLock(article.id(), kim);

        assertThatThrownBy(() -> locks.heartbeat(article.id(), hong))
                .isInstanceOf(NewsroomException.class)
                .extracting(e -> ((NewsroomException) e).key(), e -> ((NewsroomException) e).args()[1])
                .containsExactly("error.lock.lostTo", "김데스크");
        locks.release(article.id(), kim);
        assertThatThrownBy(() -> locks.heartbeat(article.id(), hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.lock.lost");
    }

    @Test
    void aLivingLock_isBrokenOnlyByThoseAllowed_aStaleOneByAnybody() {
        try (Database db = Database.open(dir)) {
            Locks reporters = new Locks(new SqliteLockStore(db, clock), clock, "reporter-run", person -> false);
            locks.open(article.id(), hong);

            assertThatThrownBy(() -> reporters.breakLock(article.id(), kim))
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("error.lock.mayNotBreak");
            assertThat(locks.holder(article.id()).orElseThrow().holder()).isEqualTo("홍길동");
            assertThat(locks.events(article.id())).isEmpty();

            clock.advance(Locks.STALE_AFTER);
            reporters.breakLock(article.id(), kim);
            assertThat(locks.holder(article.id()).orElseThrow().holder()).isEqualTo("김데스크");
        }
    }

    @Test
    void theDesk_mayBreakALivingLock_andTheRecordSaysItWasNotStale() {
        locks.open(article.id(), hong);
        clock.advance(Duration.ofSeconds(10));

        locks.breakLock(article.id(), kim);

        assertThat(locks.events(article.id()))
                .singleElement()
                .extracting(LockEvent::stale, LockEvent::by, LockEvent::holder)
                .containsExactly(false, "김데스크", "홍길동");
    }

    @Test
    void breakingAFreeArticle_isRefused_andBreakingOnesOwnLockRecordsNothing() {
        assertThatThrownBy(() -> locks.breakLock(article.id(), kim))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.lock.notLocked");
        locks.open(article.id(), kim);

        locks.breakLock(article.id(), kim);

        assertThat(locks.events(article.id())).isEmpty();
        assertThat(locks.holder(article.id()).orElseThrow().holder()).isEqualTo("김데스크");
    }

    @Test
    void anUnknownArticle_cannotBeLocked() {
        assertThatThrownBy(() -> locks.open(999, hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.unknownArticle");
    }

    @Test
    void allLocks_areListedOldestFirst() {
        locks.open(article.id(), hong);
        Article second = context.drafting().create(new ArticleContent("둘째 기사", "", "정치", List.of(), ""), kim);
        clock.advance(Duration.ofMinutes(1));
        locks.open(second.id(), kim);

        assertThat(locks.all()).extracting(ArticleLock::articleId).containsExactly(article.id(), second.id());
    }
}
