package org.byline.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;

/** How typing is grouped into undo steps, as a reporter expects from a word processor. */
class EditHistoryTest {
    private long clock = 10_000;
    private ArticleContent content = ArticleContent.EMPTY;
    private final EditHistory<ArticleContent> history = new EditHistory<>(content);

    private void typeBody(String text) {
        for (char c : text.toCharArray()) {
            content = content.withBody(content.body() + c);
            history.changed(content, "body", true, Character.isWhitespace(c), clock += 100);
        }
    }

    @Test
    void undo_takesBackOneWordAtATime() {
        typeBody("구청장이 현장을 찾았다");

        assertThat(history.undo().body()).isEqualTo("구청장이 현장을 ");
        assertThat(history.undo().body()).isEqualTo("구청장이 ");
        assertThat(history.undo().body()).isEqualTo("");
        assertThat(history.undo()).isNull();
    }

    @Test
    void aPause_endsAStep_evenInsideAWord() {
        typeBody("구청");
        clock += EditHistory.PAUSE_MILLIS;
        typeBody("장");

        assertThat(history.undo().body()).isEqualTo("구청");
    }

    @Test
    void anotherField_isAnotherStep_andUndoCoversEveryField() {
        typeBody("본문");
        content = content.withHeadline("제");
        history.changed(content, "headline", true, false, clock += 100);
        content = content.withTags(List.of("영등포"));
        history.changed(content, "tags", false, false, clock += 100);

        assertThat(history.undo().tags()).isEmpty();
        ArticleContent back = history.undo();
        assertThat(back.headline()).isEmpty();
        assertThat(back.body()).isEqualTo("본문");
    }

    @Test
    void redo_bringsBackWhatWasUndone_untilSomethingNewIsTyped() {
        typeBody("하나 둘");
        history.undo();
        assertThat(history.redo().body()).isEqualTo("하나 둘");
        assertThat(history.redo()).isNull();

        history.undo();
        content = content.withBody("하나 셋");
        history.changed(content, "body", false, false, clock += 100);
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo().body()).isEqualTo("하나 ");
    }

    @Test
    void aPaste_isOneStep_ofItsOwn() {
        typeBody("가나");
        content = content.withBody("가나다라마바사");
        history.changed(content, "body", false, false, clock += 100);
        typeBody("아");

        assertThat(history.undo().body()).isEqualTo("가나다라마바사");
        assertThat(history.undo().body()).isEqualTo("가나");
    }

    @Test
    void theOldestStepsGo_pastTheLimit() {
        for (int i = 0; i < EditHistory.LIMIT + 50; i++) {
            content = content.withBody("문장 " + i);
            history.changed(content, "body", false, false, clock += 100);
        }
        int steps = 0;
        while (history.undo() != null) {
            steps++;
        }
        assertThat(steps).isEqualTo(EditHistory.LIMIT);
    }

    @Test
    void aNewArticle_hasNothingToUndo() {
        typeBody("남은 글");
        history.reset(ArticleContent.EMPTY.withHeadline("다른 기사"));

        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void anInputMethodComposingASyllable_isPartOfTheWordsStep() {
        typeBody("한글 ");
        for (String state : new String[] {"ㅇ", "이", "입"}) {
            String before = content.body();
            String after = before.endsWith(" ") ? before + state : before.substring(0, before.length() - 1) + state;
            assertThat(Caret.isOneCharacterEdit(before, after)).isTrue();
            content = content.withBody(after);
            history.changed(content, "body", true, false, clock += 100);
        }

        assertThat(history.undo().body()).isEqualTo("한글 ");
    }

    @Test
    void onlyOneCharacterInOrOut_isAKeystroke() {
        assertThat(Caret.isOneCharacterEdit("가나", "가나다")).isTrue();
        assertThat(Caret.isOneCharacterEdit("가나다", "가다")).isTrue();
        assertThat(Caret.isOneCharacterEdit("가하", "가한")).isTrue();
        assertThat(Caret.isOneCharacterEdit("가", "가나다")).isFalse();
        assertThat(Caret.isOneCharacterEdit("가나다라", "가라")).isFalse();
        assertThat(Caret.isOneCharacterEdit("aaa", "aaaa")).isTrue();
    }
}
