package org.byline.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleLongProperty;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.Person;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history tab's rules without a window, on a real store: the past listed, two copies compared, an old one brought back. */
class HistoryViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private Person hong;
    private Person desk;
    private final DirectTasks tasks = new DirectTasks();
    private final SimpleLongProperty open = new SimpleLongProperty();
    private final List<Article> restored = new ArrayList<>();
    private final List<String> saves = new ArrayList<>();
    private HistoryViewModel history;

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
        hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = newsroom.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray(), null);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private HistoryViewModel historyFor(Person me) {
        return new HistoryViewModel(
                open,
                newsroom.desk(),
                newsroom.revisions(),
                newsroom.drafting(),
                tasks,
                newsroom.messages(),
                me,
                restored::add,
                () -> saves.add("saved"));
    }

    private Article draft(String headline) {
        return newsroom.drafting().create(new ArticleContent(headline, "", "사회", List.of(), "첫 문단."), hong);
    }

    private Article retitled(long id, String headline) {
        Article now = newsroom.drafting().open(id);
        return newsroom.drafting().save(id, now.version(), now.content().withHeadline(headline), hong);
    }

    @Test
    void openingAnArticle_listsWhoMovedItWhere_andTheCopiesKept_newestFirst() {
        history = historyFor(desk);
        Article a = draft("구청장 기자회견");
        newsroom.desk().submit(a.id(), hong);
        newsroom.desk().returnToReporter(a.id(), desk, "출처를 밝혀 주세요");
        newsroom.desk().submit(a.id(), hong);
        newsroom.desk().approve(a.id(), desk);

        open.set(a.id());

        assertThat(history.history())
                .extracting(Transition::action, Transition::to, Transition::by)
                .containsExactly(
                        tuple(DeskAction.SUBMIT, Status.SUBMITTED, "홍길동"),
                        tuple(DeskAction.RETURN, Status.DRAFT, "이데스크"),
                        tuple(DeskAction.SUBMIT, Status.SUBMITTED, "홍길동"),
                        tuple(DeskAction.APPROVE, Status.APPROVED, "이데스크"));
        assertThat(history.history().get(1).note()).isEqualTo("출처를 밝혀 주세요");
        assertThat(history.revisions())
                .extracting(Revision::number, Revision::kind)
                .containsExactly(tuple(3, Revision.APPROVE), tuple(2, Revision.SUBMIT), tuple(1, Revision.SUBMIT));
        assertThat(history.problemProperty().get()).isEmpty();

        open.set(0);
        assertThat(history.history()).as("no article, no past").isEmpty();
        assertThat(history.revisions()).isEmpty();
    }

    @Test
    void keepingTheTextNow_addsARevision_andTwoRevisionsCompareOlderOnTheLeft_inWhicheverOrderPicked() {
        history = historyFor(hong);
        Article a = draft("구청 예산안");
        open.set(a.id());
        assertThat(history.revisions()).isEmpty();

        history.keepNow();
        retitled(a.id(), "구청 예산안 발표");
        history.keepNow();

        assertThat(history.revisions()).extracting(Revision::number).containsExactly(2, 1);
        Revision newer = history.revisions().get(0);
        Revision older = history.revisions().get(1);

        history.compare(newer, older);

        RevisionDiff diff = history.diffProperty().get();
        assertThat(diff.from().number()).isEqualTo(1);
        assertThat(diff.to().number()).isEqualTo(2);
        assertThat(diff.rows(RevisionDiff.Field.HEADLINE))
                .singleElement()
                .extracting(RevisionDiff.Row::kind, RevisionDiff.Row::left, RevisionDiff.Row::right)
                .containsExactly(RevisionDiff.Kind.CHANGED, "구청 예산안", "구청 예산안 발표");
        assertThat(diff.rows(RevisionDiff.Field.BODY)).allMatch(r -> r.kind() == RevisionDiff.Kind.SAME);

        history.reload();
        assertThat(history.diffProperty().get())
                .as("reading again clears the comparison")
                .isNull();
    }

    @Test
    void bringingAnOldCopyBack_makesItTheNewestVersion_andKeepsWhatWasThereFirst() {
        history = historyFor(hong);
        Article a = draft("구청 예산안");
        open.set(a.id());
        history.keepNow();
        retitled(a.id(), "엉뚱하게 고친 제목");
        Revision first = history.revisions().get(0);

        history.restore(first);

        assertThat(saves).as("what is on screen is saved first").containsExactly("saved");
        assertThat(restored).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(a.id());
            assertThat(r.content().headline()).isEqualTo("구청 예산안");
        });
        assertThat(newsroom.drafting().open(a.id()).content().headline()).isEqualTo("구청 예산안");
        assertThat(history.revisions())
                .extracting(Revision::number, Revision::kind)
                .containsExactly(tuple(3, Revision.RESTORE), tuple(2, Revision.MANUAL), tuple(1, Revision.MANUAL));
        assertThat(history.revisions().get(1).content().headline())
                .as("the text replaced is kept, nothing is lost")
                .isEqualTo("엉뚱하게 고친 제목");
        assertThat(history.problemProperty().get()).isEmpty();
    }

    @Test
    void comparingCopiesOfTwoDifferentArticles_isRefusedInKorean() {
        history = historyFor(hong);
        Article a = draft("구청 예산안");
        Article b = draft("시장 개막");
        open.set(a.id());
        history.keepNow();
        Revision ofA = history.revisions().get(0);
        open.set(b.id());
        history.keepNow();
        Revision ofB = history.revisions().get(0);

        history.compare(ofA, ofB);

        assertThat(history.diffProperty().get()).isNull();
        assertThat(history.problemProperty().get()).contains("서로 다른 기사").contains("비교할 수 없습니다");
    }

    @Test
    void bringingBackACopyOfAnotherArticle_isRefused_andTheOpenArticleKeepsItsText() {
        history = historyFor(hong);
        Article a = draft("구청 예산안");
        Article b = draft("시장 개막");
        open.set(b.id());
        history.keepNow();
        Revision ofB = history.revisions().get(0);
        open.set(a.id());

        history.restore(ofB);

        assertThat(history.problemProperty().get()).contains("되돌리지 않았습니다");
        assertThat(restored).isEmpty();
        assertThat(newsroom.drafting().open(a.id()).content().headline()).isEqualTo("구청 예산안");
        assertThat(newsroom.revisions().list(a.id()))
                .as("a refused restore keeps no copy either")
                .isEmpty();
    }
}
