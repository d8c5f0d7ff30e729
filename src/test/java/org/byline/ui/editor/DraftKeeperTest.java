package org.byline.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.ui.fx.Autosave;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Getting typed text into the real store on pretended time: the pause, the ceiling, somebody
 * else's newer version, the rescue of text that cannot go over it, the retry after a failure.
 */
class DraftKeeperTest {
    private static final Duration MS = Duration.ofMillis(1);

    @TempDir
    Path dir;

    private Context context;
    private DirectTasks tasks;
    private Person reporter;
    private final OnScreen page = new OnScreen();
    private DraftKeeper keeper;
    private final List<Article> saved = new ArrayList<>();

    /** What a view model would hold: what the keeper saves, and what it hears back. */
    private static final class OnScreen implements DraftKeeper.Editor {
        ArticleContent content = ArticleContent.EMPTY;
        String byline = "홍길동";
        final List<Article> stored = new ArrayList<>();
        final List<Long> reopened = new ArrayList<>();

        @Override
        public ArticleContent content() {
            return content;
        }

        @Override
        public String byline() {
            return byline;
        }

        @Override
        public void stored(Article article) {
            stored.add(article);
        }

        @Override
        public void reopen(long id, Consumer<Throwable> onFailure) {
            reopened.add(id);
        }
    }

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
        reporter = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        tasks = new DirectTasks();
        keeper = new DraftKeeper(context.drafting(), context.workspace(), tasks, context.messages(), reporter, page);
        keeper.setOnSaved(saved::add);
    }

    @AfterEach
    void closeStore() {
        context.close();
    }

    private void typeBody(String body) {
        page.content = page.content.withBody(body);
        keeper.typed();
    }

    private SaveState.Kind state() {
        return keeper.saveStateProperty().get().kind();
    }

    private Article inStore(long id) {
        return context.drafting().open(id);
    }

    @Test
    void aChange_isSavedOnceThePauseHasPassed_notBefore() {
        assertThat(state()).isEqualTo(SaveState.Kind.NOTHING_TO_SAVE);
        page.content = page.content.withHeadline("구청 예산안 발표");
        keeper.typed();
        assertThat(state()).isEqualTo(SaveState.Kind.UNSAVED);

        tasks.advance(Autosave.PAUSE.minus(MS));
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isZero();
        assertThat(keeper.articleId()).isZero();

        tasks.advance(MS);
        assertThat(state()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(keeper.articleId()).isNotZero();
        assertThat(page.stored).extracting(Article::id).containsExactly(keeper.articleId());
        assertThat(saved).extracting(Article::id).containsExactly(keeper.articleId());
        assertThat(inStore(keeper.articleId()).content().headline()).isEqualTo("구청 예산안 발표");
        assertThat(context.workspace().openArticle()).contains(keeper.articleId());

        tasks.advance(Duration.ofSeconds(5));
        assertThat(inStore(keeper.articleId()).version()).as("saved once").isEqualTo(1);
    }

    @Test
    void typingWithoutAPause_isSavedAtTheCeiling_andTheLastWordsAfterThePause() {
        String keys = "가나다라마바사아자차";
        StringBuilder typed = new StringBuilder();
        long clock = 0;
        for (int key = 0; key < 10; key++, clock += 200) { // a key every 200 ms: never a pause
            typed.append(keys.charAt(key));
            typeBody(typed.toString());
            tasks.advance(Duration.ofMillis(200));
            if (clock + 200 == 600) {
                assertThat(keeper.articleId()).as("before the ceiling").isZero();
            }
            if (clock + 200 == 800) {
                assertThat(inStore(keeper.articleId()).content().body())
                        .as("at the ceiling, with typing still going on")
                        .isEqualTo("가나다라");
            }
        }
        assertThat(inStore(keeper.articleId()).content().body()).hasSizeBetween(7, 9);
        assertThat(state()).isEqualTo(SaveState.Kind.UNSAVED);

        tasks.advance(Autosave.PAUSE);
        Article stored = inStore(keeper.articleId());
        assertThat(stored.content().body()).isEqualTo(typed.toString());
        assertThat(stored.version()).as("saves at the ceiling, not one per key").isBetween(3L, 4L);
        assertThat(state()).isEqualTo(SaveState.Kind.SAVED);
    }

    /** The reporter's article open here, and the desk saving a newer version of it meanwhile. */
    private Article openedThenSavedElsewhere() {
        Article mine = context.drafting().create(new ArticleContent("원래 제목", "", "사회", List.of(), "원래 본문"), reporter);
        keeper.follow(mine);
        page.content = mine.content();
        assertThat(state()).isEqualTo(SaveState.Kind.SAVED);
        context.drafting().save(mine.id(), mine.version(), mine.content().withHeadline("데스크 제목"));
        return mine;
    }

    @Test
    void somebodyElsesNewerVersion_isAConflict_thatSaysWhy_andNothingGoesOverIt() {
        Article mine = openedThenSavedElsewhere();
        typeBody("원래 본문에 내가 보탠 말");
        tasks.elapse();

        SaveState state = keeper.saveStateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.CONFLICT);
        assertThat(state.problem()).contains("그사이 다른 곳에서 저장되었습니다");
        assertThat(page.stored).isEmpty();

        typeBody("원래 본문에 내가 보탠 말, 더");
        assertThat(state()).as("typing on does not hide the conflict").isEqualTo(SaveState.Kind.CONFLICT);
        tasks.elapse();
        assertThat(tasks.hasScheduled()).as("no retry over their version").isFalse();
        assertThat(inStore(mine.id()).version()).isEqualTo(2);
        assertThat(inStore(mine.id()).content().headline()).isEqualTo("데스크 제목");
    }

    @Test
    void inAConflict_theTypedTextCanBeKeptAsACopyOfOnesOwn() {
        Article mine = openedThenSavedElsewhere();
        typeBody("원래 본문에 내가 보탠 말");
        page.byline = "홍길동, 김철수";
        tasks.elapse();

        keeper.keepAsCopy();

        assertThat(keeper.articleId()).isNotIn(0L, mine.id());
        Article copy = inStore(keeper.articleId());
        assertThat(copy.content().body()).isEqualTo("원래 본문에 내가 보탠 말");
        assertThat(copy.byline()).as("the byline typed with the text").isEqualTo("홍길동, 김철수");
        assertThat(copy.version()).as("one write, not a create and a save").isEqualTo(1);
        assertThat(state()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(page.stored).extracting(Article::id).containsExactly(copy.id());
    }

    @Test
    void inAConflict_theStoredVersionCanBeShownInstead() {
        Article mine = openedThenSavedElsewhere();
        typeBody("버릴 문장");
        tasks.elapse();

        keeper.reloadStored();

        assertThat(page.reopened).containsExactly(mine.id());
        assertThat(state()).isEqualTo(SaveState.Kind.NOTHING_TO_SAVE);
        assertThat(keeper.articleId())
                .as("the reload is not taken for the article open")
                .isZero();
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(1);
    }

    @Test
    void movingOnFromAConflict_rescuesTheTypedText_asANewArticle_andSaysWhere() {
        Article mine = openedThenSavedElsewhere();
        typeBody("이십 분 동안 고쳐 쓴 본문");
        page.byline = "홍길동 특파원";
        tasks.elapse();

        keeper.saveOrRescue();

        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST))
                .as("a second article holds the text")
                .isEqualTo(2);
        Article copy = saved.get(saved.size() - 1);
        assertThat(copy.id()).isNotEqualTo(mine.id());
        assertThat(inStore(copy.id()).content().body()).isEqualTo("이십 분 동안 고쳐 쓴 본문");
        assertThat(inStore(copy.id()).byline()).isEqualTo("홍길동 특파원");
        assertThat(keeper.noticeProperty().get()).contains("새 기사 " + copy.id(), "원래 제목");
        assertThat(inStore(mine.id()).content().body()).isEqualTo("원래 본문");
    }

    @Test
    void aSaveThatFindsTheStoreLocked_saysSoInKorean_andIsTriedAgain() throws Exception {
        page.content = page.content.withHeadline("잠긴 저장소");
        keeper.typed();
        tasks.elapse();
        long id = keeper.articleId();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("byline.db"));
                Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            typeBody("이 문장은 잠금이 풀린 뒤에 저장된다.");
            tasks.advance(Autosave.PAUSE); // waits out the busy timeout, then gives up
            SaveState state = keeper.saveStateProperty().get();
            assertThat(state.kind()).isEqualTo(SaveState.Kind.FAILED);
            assertThat(state.problem()).isEqualTo("저장소를 다른 프로그램이 쓰고 있습니다. 잠시 뒤 다시 하세요.");
            st.execute("ROLLBACK");
        }
        tasks.advance(DraftKeeper.RETRY_DELAY.minus(MS));
        assertThat(state()).isEqualTo(SaveState.Kind.FAILED);

        tasks.advance(MS); // the retry
        assertThat(state()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(inStore(id).content().body()).isEqualTo("이 문장은 잠금이 풀린 뒤에 저장된다.");
    }

    @Test
    void aSaveThatFailsAfterTheReporterMovedOn_saysSo_andIsTriedAgainUntilStored() throws Exception {
        Article mine = context.drafting().create(new ArticleContent("A", "", "사회", List.of(), "A 본문"), reporter);
        Article next = context.drafting().create(new ArticleContent("B", "", "사회", List.of(), "B 본문"), reporter);
        keeper.follow(mine);
        page.content = mine.content();
        tasks.holdWrites(); // the writer thread is busy
        typeBody("A 본문에 보탠 문장");
        keeper.saveOrRescue(); // moving on: the save of A is queued
        keeper.follow(next);
        page.content = next.content();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("byline.db"));
                Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            tasks.releaseWrites(); // waits out the busy timeout, then gives up
            assertThat(keeper.noticeProperty().get()).startsWith("기사 " + mine.id() + " 을(를) 저장하지 못해 다시 시도합니다");
            st.execute("ROLLBACK");
        }
        assertThat(state())
                .as("the article on screen has nothing to do with it")
                .isEqualTo(SaveState.Kind.SAVED);

        tasks.advance(DraftKeeper.RETRY_DELAY);

        assertThat(inStore(mine.id()).content().body()).isEqualTo("A 본문에 보탠 문장");
        assertThat(keeper.noticeProperty().get()).isEmpty();
        assertThat(saved).extracting(Article::id).containsExactly(mine.id());
        assertThat(page.stored).as("not shown: another article is on screen").isEmpty();
        assertThat(inStore(next.id()).content().body()).isEqualTo("B 본문");
    }
}
