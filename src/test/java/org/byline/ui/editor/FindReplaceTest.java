package org.byline.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;

/** Find and replace without the bar: which match is current, and what each replace changes. */
class FindReplaceTest {
    /** The article as the view model would hold it; every replace is recorded as one step. */
    private ArticleContent onScreen =
            new ArticleContent("구청 예산안 발표", "예산 10% 늘어", "사회", List.of(), "구청은 예산안을 냈다. 의회는 예산을 본다.");

    private final List<ArticleContent> steps = new ArrayList<>();
    private final FindReplace find = new FindReplace(() -> onScreen, after -> {
        onScreen = after;
        steps.add(after);
    });

    private static TextSearch.Match caretAt(String field, int position) {
        return new TextSearch.Match(field, position, position);
    }

    @Test
    void searching_jumpsToTheFirstMatchAfterTheCaret_andCountsThemAll() {
        TextSearch.Match shown = find.search("예산", true, () -> caretAt("body", 4));
        assertThat(shown).isEqualTo(new TextSearch.Match("body", 4, 6));
        assertThat(find.position()).isEqualTo(3);
        assertThat(find.count()).isEqualTo(4);
        assertThat(find.current()).isEqualTo(shown);
    }

    @Test
    void searchingAgainWithoutAJump_keepsTheCurrentMatch_andDoesNotAskForTheCaret() {
        find.search("예산", true, () -> caretAt("headline", 0));
        find.step(1);
        TextSearch.Match shown = find.search("예산", false, () -> {
            throw new AssertionError("the caret is not asked for");
        });
        assertThat(shown).as("nothing new to show").isNull();
        assertThat(find.position()).isEqualTo(2);
    }

    @Test
    void stepping_wrapsRoundBothWays() {
        find.search("예산", true, () -> caretAt("headline", 0));
        assertThat(find.step(-1)).isEqualTo(new TextSearch.Match("body", 17, 19));
        assertThat(find.step(1)).isEqualTo(new TextSearch.Match("headline", 3, 5));
        assertThat(find.position()).isEqualTo(1);
    }

    @Test
    void nothingFound_leavesNothingCurrent() {
        assertThat(find.search("없는 말", true, () -> caretAt("body", 0))).isNull();
        assertThat(find.count()).isZero();
        assertThat(find.position()).isZero();
        assertThat(find.current()).isNull();
        assertThat(find.step(1)).isNull();
        assertThat(find.replaceCurrent("x")).isNull();
        assertThat(steps).isEmpty();
    }

    @Test
    void replacingTheCurrentMatch_isOneStep_andMovesToTheNextMatchAfterTheReplacement() {
        find.search("예산", true, () -> caretAt("body", 0));
        TextSearch.Match next = find.replaceCurrent("예산안의 예산");

        assertThat(onScreen.body()).isEqualTo("구청은 예산안의 예산안을 냈다. 의회는 예산을 본다.");
        assertThat(steps).hasSize(1);
        assertThat(next)
                .as("the replacement itself is not found again")
                .isEqualTo(new TextSearch.Match("body", 22, 24));
        assertThat(find.count()).isEqualTo(5);
    }

    @Test
    void replacingTheLastMatch_leavesNothingCurrent() {
        find.search("의회는", true, () -> caretAt("headline", 0));
        assertThat(find.replaceCurrent("구의원은")).isNull();
        assertThat(onScreen.body()).isEqualTo("구청은 예산안을 냈다. 구의원은 예산을 본다.");
        assertThat(find.count()).isZero();
    }

    @Test
    void replacingEverywhere_changesHeadlineSubheadlineAndBody_inOneStep() {
        find.search("예산", true, () -> caretAt("body", 0));
        assertThat(find.replaceAll("세출")).isEqualTo(4);

        assertThat(onScreen.headline()).isEqualTo("구청 세출안 발표");
        assertThat(onScreen.subheadline()).isEqualTo("세출 10% 늘어");
        assertThat(onScreen.body()).isEqualTo("구청은 세출안을 냈다. 의회는 세출을 본다.");
        assertThat(onScreen.section()).isEqualTo("사회");
        assertThat(steps).hasSize(1);
    }

    @Test
    void replacingEverywhereWhatIsNotThere_changesNothing() {
        find.search("없는 말", true, () -> caretAt("body", 0));
        assertThat(find.replaceAll("x")).isZero();
        assertThat(steps).isEmpty();
    }
}
