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
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Role;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's rules without a window: autosave after a pause, refusals, nothing lost. */
class EditorViewModelTest {
    @TempDir
    Path dir;

    private Context context;
    private DirectTasks tasks;
    private Person reporter;
    private EditorViewModel editor;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
        reporter = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        tasks = new DirectTasks();
        editor = new EditorViewModel(
                context.drafting(), context.preview(), context.workspace(), tasks, context.messages(), reporter);
    }

    @AfterEach
    void closeStore() {
        context.close();
    }

    @Test
    void aNewArticle_reachesTheStoreOnlyOnceSomethingIsTyped_andAfterThePause() {
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.NOTHING_TO_SAVE);
        tasks.elapse();
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST)).isZero();

        editor.headlineProperty().set("구청 예산안 발표");
        editor.bodyProperty().set("첫 문단.");
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.UNSAVED);
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST))
                .as("typing does not wait for the store")
                .isZero();

        tasks.elapse();
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        Article stored = context.drafting().open(editor.articleIdProperty().get());
        assertThat(stored.content().headline()).isEqualTo("구청 예산안 발표");
        assertThat(stored.content().body()).isEqualTo("첫 문단.");
        assertThat(context.workspace().openArticle()).contains(stored.id());
    }

    @Test
    void typingWithoutAPause_isStillStoredWithinASecondOfEachKeystroke() {
        // a reporter typing steadily, a key every 150 ms for 7 seconds, never pausing 0.6 s
        StringBuilder typed = new StringBuilder();
        long[] typedAt = new long[7000 / 150 + 1];
        long clock = 0;
        for (int key = 0; clock < 7000; key++, clock += 150) {
            typed.append((char) ('가' + key));
            typedAt[key] = clock;
            editor.bodyProperty().set(typed.toString());
            tasks.advance(Duration.ofMillis(150));
            long now = clock + 150;
            String stored = editor.articleIdProperty().get() == 0
                    ? ""
                    : context.drafting()
                            .open(editor.articleIdProperty().get())
                            .content()
                            .body();
            for (int older = 0; older <= key; older++) {
                if (now - typedAt[older] >= 1000) {
                    assertThat(stored.length())
                            .as("the key typed at %d ms, at %d ms", typedAt[older], now)
                            .isGreaterThan(older);
                }
            }
        }
        long savesWhileTyping =
                context.drafting().open(editor.articleIdProperty().get()).version();
        assertThat(savesWhileTyping).as("saves at the ceiling, not one per key").isBetween(7L, 12L);
    }

    @Test
    void theHeadlineTagsAndBylineTooAreSavedWhileTypingGoesOn() {
        editor.headlineProperty().set("구");
        tasks.advance(Duration.ofMillis(300));
        editor.tags().add("예산");
        tasks.advance(Duration.ofMillis(300));
        editor.bylineProperty().set("홍길동 특파원");
        tasks.advance(Duration.ofMillis(300));
        editor.headlineProperty().set("구청");
        tasks.advance(Duration.ofMillis(300));
        Article stored = context.drafting().open(editor.articleIdProperty().get());
        assertThat(stored.content().headline()).startsWith("구");
        assertThat(stored.content().tags()).containsExactly("예산");
        assertThat(stored.byline()).isEqualTo("홍길동 특파원");
    }

    @Test
    void oneKeyThenAPause_isSavedOnceAfterThePause() {
        editor.headlineProperty().set("제목");
        tasks.advance(Duration.ofMillis(599));
        assertThat(editor.articleIdProperty().get()).isZero();
        tasks.advance(Duration.ofMillis(1));
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        tasks.advance(Duration.ofSeconds(5));
        assertThat(context.drafting().open(editor.articleIdProperty().get()).version())
                .isEqualTo(1);
    }

    @Test
    void aPasteBeyondAFieldsLimit_failsTheSaveWithWhy_andTheTextStaysOnScreen() {
        editor.headlineProperty().set("구청 예산안 발표");
        tasks.elapse();
        long id = editor.articleIdProperty().get();
        String pasted = "가".repeat(40_000);

        editor.headlineProperty().set(pasted);
        tasks.elapse();

        SaveState state = editor.saveStateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(state.problem()).contains("제목은 300자까지");
        assertThat(editor.headlineProperty().get()).isEqualTo(pasted);
        assertThat(context.drafting().open(id).content().headline()).isEqualTo("구청 예산안 발표");

        editor.headlineProperty().set("구청 예산안 발표, 고쳐서");
        tasks.elapse();
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(context.drafting().open(id).content().headline()).isEqualTo("구청 예산안 발표, 고쳐서");
    }

    @Test
    void aLockTheDeskTookMeanwhile_isAConflict_andTheTextIsRescuedOnLeaving_notRetriedForever() {
        Article mine = context.drafting().create(new ArticleContent("원래 제목", "", "사회", List.of(), "원래 본문"), reporter);
        editor.open(mine);
        Person lee = context.staff().add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
        context.locks().open(mine.id(), lee); // the desk holds the article now

        editor.bodyProperty().set("원래 본문\n\n기자가 보탠 문단.");
        tasks.elapse();

        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.CONFLICT);
        editor.startNew(); // moving on: the typed text becomes a copy of the reporter's own
        assertThat(context.drafting().page(QueueFilter.NEWEST_FIRST, 0, 10))
                .extracting(a -> a.headline())
                .contains("원래 제목");
        long copies = context.drafting().page(QueueFilter.NEWEST_FIRST, 0, 10).stream()
                .filter(a -> a.headline().equals("원래 제목"))
                .count();
        assertThat(copies).as("the original and the rescued copy").isEqualTo(2);
    }

    @Test
    void everyFurtherChange_isSavedOverTheVersionItStartedFrom() {
        editor.headlineProperty().set("초고");
        tasks.elapse();
        editor.headlineProperty().set("고친 제목");
        editor.tags().setAll(List.of("예산", "구의회"));
        tasks.elapse();
        Article stored = context.drafting().open(editor.articleIdProperty().get());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.content().tags()).containsExactly("예산", "구의회");
    }

    @Test
    void whenSomeoneElseSavedFirst_theSaveIsRefused_theTextStays_andCanBeKeptAsACopy() {
        Article mine = context.drafting().create(new ArticleContent("원래 제목", "", "사회", List.of(), "원래 본문"), reporter);
        editor.open(mine);
        context.drafting().save(mine.id(), mine.version(), mine.content().withHeadline("데스크 제목"));

        editor.bodyProperty().set("원래 본문에 내가 보탠 말");
        editor.bylineProperty().set("홍길동, 김철수");
        tasks.elapse();

        SaveState state = editor.saveStateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.CONFLICT);
        assertThat(state.problem()).contains("그사이 다른 곳에서 저장되었습니다");
        assertThat(editor.bodyProperty().get()).isEqualTo("원래 본문에 내가 보탠 말");
        assertThat(context.drafting().open(mine.id()).content().headline()).isEqualTo("데스크 제목");

        editor.bodyProperty().set("원래 본문에 내가 보탠 말, 더");
        tasks.elapse();
        assertThat(context.drafting().open(mine.id()).version())
                .as("no retry over their version")
                .isEqualTo(2);

        editor.keepAsCopy();
        assertThat(editor.articleIdProperty().get()).isNotEqualTo(mine.id());
        Article copy = context.drafting().open(editor.articleIdProperty().get());
        assertThat(copy.content().body()).isEqualTo("원래 본문에 내가 보탠 말, 더");
        assertThat(copy.byline()).as("the byline typed with the text").isEqualTo("홍길동, 김철수");
        assertThat(copy.version()).as("one write, not a create and a save").isEqualTo(1);
    }

    @Test
    void aLockedStore_saysSoInKorean_andKeepsTheText() throws Exception {
        editor.headlineProperty().set("잠긴 저장소");
        tasks.elapse();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("byline.db"));
                Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            editor.bodyProperty().set("이 문장은 잠금이 풀린 뒤에 저장된다.");
            tasks.elapse(); // waits out the busy timeout, then gives up
            SaveState state = editor.saveStateProperty().get();
            assertThat(state.kind()).isEqualTo(SaveState.Kind.FAILED);
            assertThat(state.problem()).isEqualTo("저장소를 다른 프로그램이 쓰고 있습니다. 잠시 뒤 다시 하세요.");
            st.execute("ROLLBACK");
        }
        assertThat(editor.bodyProperty().get()).isEqualTo("이 문장은 잠금이 풀린 뒤에 저장된다.");
        tasks.elapse(); // the retry
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(context.drafting()
                        .open(editor.articleIdProperty().get())
                        .content()
                        .body())
                .isEqualTo("이 문장은 잠금이 풀린 뒤에 저장된다.");
    }

    @Test
    void switchingArticles_whileSavesAreStillQueued_putsEveryWordIntoTheRightArticle() {
        Article a = context.drafting().create(new ArticleContent("기사 A", "", "사회", List.of(), "A 본문"), reporter);
        Article b = context.drafting().create(new ArticleContent("기사 B", "", "경제", List.of(), "B 본문"), reporter);
        editor.open(a);
        tasks.holdWrites(); // the writer thread is busy

        editor.bodyProperty().set("A 본문 고침");
        editor.saveNow();
        editor.bodyProperty().set("A 본문 고침, 또 고침"); // typed while the first save waits
        editor.open(b);
        tasks.releaseWrites();

        assertThat(context.drafting().open(a.id()).content().body()).isEqualTo("A 본문 고침, 또 고침");
        assertThat(context.drafting().open(a.id()).version()).isEqualTo(3);
        assertThat(context.drafting().open(b.id()).content().body()).isEqualTo("B 본문");
        assertThat(editor.articleIdProperty().get()).isEqualTo(b.id());
        assertThat(editor.bodyProperty().get()).isEqualTo("B 본문");

        editor.bodyProperty().set("B 본문 고침");
        tasks.elapse();
        assertThat(context.drafting().open(b.id()).content().body()).isEqualTo("B 본문 고침");
        assertThat(context.drafting().open(a.id()).content().body()).isEqualTo("A 본문 고침, 또 고침");
    }

    @Test
    void leavingAnArticleAfterChangingIt_isReported_butNotAfterOnlyReadingIt() {
        Article a = context.drafting().create(new ArticleContent("기사 A", "", "사회", List.of(), "본문"), reporter);
        Article b = context.drafting().create(new ArticleContent("기사 B", "", "사회", List.of(), "본문"), reporter);
        List<Long> left = new ArrayList<>();
        editor.setOnLeftEdited(article -> left.add(article.id()));

        editor.open(a);
        editor.open(b);
        assertThat(left).as("only read").isEmpty();

        editor.bodyProperty().set("본문 고침");
        tasks.elapse();
        editor.open(context.drafting().open(b.id())); // reloaded after a desk action: the same article, not a leave
        editor.bodyProperty().set("본문 또 고침");
        tasks.elapse();
        editor.open(a);
        assertThat(left).containsExactly(b.id());

        editor.leave();
        assertThat(left).as("nothing changed in A").containsExactly(b.id());
    }

    @Test
    void leavingAnArticleInConflict_keepsTheTypedTextAsACopy_insteadOfDroppingIt() {
        Article mine = context.drafting().create(new ArticleContent("원래 제목", "", "사회", List.of(), "원래 본문"), reporter);
        Article other = context.drafting().create(new ArticleContent("다른 기사", "", "사회", List.of(), "본문"), reporter);
        editor.open(mine);
        context.drafting().save(mine.id(), mine.version(), mine.content().withHeadline("데스크 제목"));
        editor.bodyProperty().set("이십 분 동안 고쳐 쓴 본문");
        editor.bylineProperty().set("홍길동 특파원");
        tasks.elapse();
        assertThat(editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.CONFLICT);

        editor.open(other);
        assertThat(context.drafting()
                        .open(context.search().find("고쳐").get(0).id())
                        .byline())
                .isEqualTo("홍길동 특파원");

        assertThat(context.search().find("고쳐"))
                .extracting(h -> h.headline())
                .containsExactly("원래 제목"); // the copy, as on screen
        assertThat(context.drafting().open(mine.id()).content().body()).isEqualTo("원래 본문");
        assertThat(context.drafting().count(QueueFilter.NEWEST_FIRST))
                .as("a third article holds the text")
                .isEqualTo(3);
        assertThat(editor.noticeProperty().get()).contains("새 기사");
    }

    @Test
    void aSaveThatFailsAfterTheReporterMovedOn_isKeptAsACopy() {
        Article mine = context.drafting().create(new ArticleContent("A", "", "사회", List.of(), "A 본문"), reporter);
        Article other = context.drafting().create(new ArticleContent("B", "", "사회", List.of(), "B 본문"), reporter);
        editor.open(mine);
        tasks.holdWrites();
        editor.bodyProperty().set("A 본문에 보탠 문장");
        editor.bylineProperty().set("사진=김사진");
        editor.open(other); // queues the save of A, then shows B
        context.drafting()
                .save(mine.id(), mine.version(), mine.content().withHeadline("그사이 다른 곳에서")); // A moves on meanwhile
        tasks.releaseWrites();

        assertThat(context.search().find("보탠")).hasSize(1);
        assertThat(context.search().find("보탠").get(0).id()).isNotIn(mine.id(), other.id());
        assertThat(context.drafting()
                        .open(context.search().find("보탠").get(0).id())
                        .byline())
                .isEqualTo("사진=김사진");
        assertThat(editor.bodyProperty().get()).isEqualTo("B 본문");
    }

    @Test
    void theStatusBarCounts_followTheBody() {
        editor.bodyProperty().set("가나다 라마");
        assertThat(editor.countsProperty().get().characters()).isEqualTo(6);
        assertThat(editor.countsProperty().get().charactersWithoutSpaces()).isEqualTo(5);
        assertThat(editor.countsProperty().get().manuscriptSheets()).isEqualTo(0.1);
    }

    @Test
    void aChangedByline_isAnUndoStep_likeAnyField_andWhatUndoPutsBackIsSaved() {
        editor.headlineProperty().set("공동 취재");
        editor.bylineProperty().set("홍길동, 김철수");
        tasks.elapse();

        Caret caret = editor.undo();
        assertThat(editor.bylineProperty().get()).isEqualTo("홍길동");
        assertThat(caret.field()).isEqualTo("byline");
        assertThat(editor.headlineProperty().get()).isEqualTo("공동 취재");
        tasks.elapse();
        assertThat(context.drafting().open(editor.articleIdProperty().get()).byline())
                .isEqualTo("홍길동");

        editor.undo();
        assertThat(editor.headlineProperty().get()).isEmpty();
        assertThat(editor.bylineProperty().get())
                .as("undo stops at the reporter's own name")
                .isEqualTo("홍길동");
        assertThat(editor.undo()).isNull();

        editor.redo();
        editor.redo();
        assertThat(editor.bylineProperty().get()).isEqualTo("홍길동, 김철수");
    }
}
