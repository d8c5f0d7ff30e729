package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.RevisionDiff.Field;
import org.byline.domain.RevisionDiff.Kind;
import org.byline.domain.RevisionDiff.Row;
import org.byline.domain.Role;
import org.byline.domain.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reporter files, the desk edits and approves; every step is kept, compared and can be brought back. */
class RevisionsTest {
    private static final Instant MORNING = Instant.parse("2025-03-27T00:30:00Z"); // 09:30 KST

    @TempDir
    Path dir;

    private final AdjustableClock clock = new AdjustableClock(MORNING);
    private Context context;
    private Revisions revisions;
    private Drafting drafting;
    private Person hong;
    private Person desk;
    private Article article;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN, clock);
        revisions = context.revisions();
        drafting = context.drafting();
        hong = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = context.staff().addReporter("김데스크", "desk@tvseoul.kr");
        article = drafting.create(
                new ArticleContent("영등포구청장 기자회견", "", "사회", List.of("구청"), "구청장이 27일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다."),
                hong);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theDesksChangesToFiledCopy_areKeptWhenTheyMoveOn_aReportersAndADraftsAreNot() {
        Person lee = context.staff().add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
        assertThat(revisions.deskEdited(article, lee))
                .as("a draft is the reporter's own")
                .isNull();

        context.desk().submit(article.id(), hong);
        Article filed = drafting.open(article.id());
        Article edited =
                drafting.save(filed.id(), filed.version(), filed.content().withHeadline("고친 제목"), null, lee);
        assertThat(revisions.deskEdited(edited, hong))
                .as("a reporter is no desk")
                .isNull();

        Revision kept = revisions.deskEdited(edited, lee);

        assertThat(kept.kind()).isEqualTo(Revision.DESK_EDIT);
        assertThat(kept.content().headline()).isEqualTo("고친 제목");
        assertThat(revisions.list(article.id())).extracting(Revision::kind).contains(Revision.DESK_EDIT);
    }

    @Test
    void submitDeskEditAndApproval_areKept_andListedNewestFirst() {
        revisions.record(article.id(), Revision.SUBMIT, hong);
        clock.advance(Duration.ofMinutes(20));
        Article edited =
                drafting.save(article.id(), article.version(), article.content().withHeadline("영등포구청장 긴급 기자회견"));
        revisions.record(article.id(), Revision.DESK_EDIT, desk);
        clock.advance(Duration.ofMinutes(5));
        revisions.record(article.id(), Revision.APPROVE, desk);

        List<Revision> list = revisions.list(article.id());

        assertThat(list).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(list).extracting(Revision::kind).containsExactly("approve", "desk-edit", "submit");
        assertThat(list).extracting(Revision::by).containsExactly("김데스크", "김데스크", "홍길동");
        assertThat(list.get(2).at()).isEqualTo(MORNING);
        assertThat(list.get(2).content()).isEqualTo(article.content());
        assertThat(list.get(1).content()).isEqualTo(edited.content());
        assertThat(revisions.get(list.get(1).id())).isEqualTo(list.get(1));
        assertThat(revisions.numbered(article.id(), 1)).isEqualTo(list.get(2));
    }

    @Test
    void eachArticle_countsItsOwnRevisionsFromOne() {
        Article other = drafting.create(new ArticleContent("다른 기사", "", "정치", List.of(), "본문"), hong);
        revisions.record(article.id(), Revision.SUBMIT, hong);
        revisions.record(article.id(), Revision.MANUAL, hong);

        Revision first = revisions.record(other.id(), Revision.SUBMIT, hong);

        assertThat(first.number()).isEqualTo(1);
        assertThat(revisions.list(other.id())).containsExactly(first);
    }

    @Test
    void aNewArticle_hasNoRevisions_andAnUnknownOneIsRefused() {
        assertThat(revisions.list(article.id())).isEmpty();
        assertThatThrownBy(() -> revisions.list(999))
                .isInstanceOf(NewsroomException.class)
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.unknownArticle");
        assertThatThrownBy(() -> revisions.record(999, Revision.SUBMIT, hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.unknownArticle");
    }

    @Test
    void unknownKindsIdsAndNumbers_areRefusedWithTheirOwnMessage() {
        assertThatThrownBy(() -> revisions.record(article.id(), "draft", hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.revision.unknownKind");
        assertThatThrownBy(() -> revisions.get(4242))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.revision.unknown");
        assertThatThrownBy(() -> revisions.numbered(article.id(), 7))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.revision.unknownNumber");
        assertThat(revisions.list(article.id())).isEmpty();
    }

    @Test
    void theDiffOfTwoRevisions_showsTheDeskEditCharacterByCharacter() {
        Revision submitted = revisions.record(article.id(), Revision.SUBMIT, hong);
        drafting.save(
                article.id(),
                article.version(),
                article.content()
                        .withBody("구청장은 28일 기자회견을 열었다.\n\n주민 설명회는 다음 달에 열린다.")
                        .withTags(List.of("구청", "기자회견")));
        Revision edited = revisions.record(article.id(), Revision.DESK_EDIT, desk);

        RevisionDiff diff = revisions.diff(submitted.id(), edited.id());

        assertThat(diff.from()).isEqualTo(submitted);
        assertThat(diff.to()).isEqualTo(edited);
        assertThat(diff.isUnchanged()).isFalse();
        assertThat(diff.rows(Field.HEADLINE)).extracting(Row::kind).containsExactly(Kind.SAME);
        assertThat(diff.rows(Field.TAGS).get(0).right()).isEqualTo("구청, 기자회견");
        Row first = diff.rows(Field.BODY).get(0);
        assertThat(first.kind()).isEqualTo(Kind.CHANGED);
        assertThat(first.leftSpans())
                .extracting(s -> first.left().substring(s.start(), s.end()))
                .containsExactly("이", "7");
        assertThat(first.rightSpans())
                .extracting(s -> first.right().substring(s.start(), s.end()))
                .containsExactly("은", "8");
    }

    @Test
    void revisionsOfTwoArticles_cannotBeCompared() {
        Article other = drafting.create(new ArticleContent("다른 기사", "", "정치", List.of(), "본문"), hong);
        Revision a = revisions.record(article.id(), Revision.SUBMIT, hong);
        Revision b = revisions.record(other.id(), Revision.SUBMIT, hong);

        assertThatThrownBy(() -> revisions.diff(a.id(), b.id()))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.revision.otherArticles");
    }

    @Test
    void restoring_makesTheOldTextTheNewestVersion_andARevision_deletingNothing() {
        Revision submitted = revisions.record(article.id(), Revision.SUBMIT, hong);
        Article edited =
                drafting.save(article.id(), article.version(), article.content().withHeadline("데스크가 고친 제목"));
        Revision deskEdit = revisions.record(article.id(), Revision.DESK_EDIT, desk);
        clock.advance(Duration.ofHours(1));

        Article restored = revisions.restore(article.id(), submitted.id(), edited.version(), hong);

        assertThat(restored.version()).isEqualTo(edited.version() + 1);
        assertThat(restored.content()).isEqualTo(submitted.content());
        assertThat(drafting.open(article.id())).isEqualTo(restored);
        List<Revision> list = revisions.list(article.id());
        assertThat(list).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(list.get(0))
                .extracting(Revision::kind, Revision::by, Revision::at)
                .containsExactly("restore", "홍길동", MORNING.plus(Duration.ofHours(1)));
        assertThat(list.get(0).content()).isEqualTo(submitted.content());
        assertThat(list.subList(1, 3)).containsExactly(deskEdit, submitted);
    }

    @Test
    void restoring_overAStaleVersion_isRefused_andChangesNothing() {
        Revision submitted = revisions.record(article.id(), Revision.SUBMIT, hong);
        Article edited =
                drafting.save(article.id(), article.version(), article.content().withHeadline("데스크가 고친 제목"));

        assertThatThrownBy(() -> revisions.restore(article.id(), submitted.id(), article.version(), hong))
                .isInstanceOf(StaleVersionException.class);

        assertThat(drafting.open(article.id())).isEqualTo(edited);
        assertThat(revisions.list(article.id())).containsExactly(submitted);
    }

    @Test
    void aRestore_keepsTheTextItReplacesFirst_unlessTheNewestCopyAlreadyHoldsIt() {
        Revision first = revisions.record(article.id(), Revision.MANUAL, hong);
        Article rewritten = drafting.save(
                article.id(), article.version(), article.content().withHeadline("아무도 보관하지 않은 제목"), null, hong);

        Article back = revisions.restore(article.id(), first.id(), rewritten.version(), hong);

        assertThat(back.content().headline()).isEqualTo("영등포구청장 기자회견");
        assertThat(revisions.list(article.id()))
                .extracting(Revision::kind, r -> r.content().headline())
                .containsExactly(
                        tuple(Revision.RESTORE, "영등포구청장 기자회견"),
                        tuple(Revision.MANUAL, "아무도 보관하지 않은 제목"),
                        tuple(Revision.MANUAL, "영등포구청장 기자회견"));

        revisions.restore(article.id(), first.id(), back.version(), hong);
        assertThat(revisions.list(article.id()))
                .as("the text now is the newest copy already: no second copy of it")
                .extracting(Revision::kind)
                .containsExactly(Revision.RESTORE, Revision.RESTORE, Revision.MANUAL, Revision.MANUAL);
    }

    @Test
    void aRevisionOfAnotherArticle_isNotRestoredOverThisOne() {
        Article other = drafting.create(new ArticleContent("다른 기사", "", "정치", List.of(), "본문"), hong);
        Revision foreign = revisions.record(other.id(), Revision.SUBMIT, hong);

        assertThatThrownBy(() -> revisions.restore(article.id(), foreign.id(), article.version(), hong))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.revision.notOfArticle");
        assertThat(drafting.open(article.id()).version()).isEqualTo(article.version());
    }

    @Test
    void aChangedByline_isKeptWithEachRevision_shownInTheDiff_andComesBackWithARestore() {
        revisions.record(article.id(), Revision.SUBMIT, hong);
        Article now = drafting.open(article.id());
        drafting.save(now.id(), now.version(), now.content(), "홍길동, 김철수", hong);
        revisions.record(article.id(), Revision.DESK_EDIT, desk);

        List<Revision> kept = revisions.list(article.id());
        assertThat(kept).extracting(Revision::byline).containsExactly("홍길동, 김철수", "홍길동");
        RevisionDiff diff = revisions.diff(kept.get(1).id(), kept.get(0).id());
        assertThat(diff.isUnchanged()).isFalse();
        assertThat(diff.rows(Field.BYLINE)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(Kind.CHANGED);
            assertThat(row.left()).isEqualTo("홍길동");
            assertThat(row.right()).isEqualTo("홍길동, 김철수");
        });

        Article restored = revisions.restore(
                article.id(), kept.get(1).id(), drafting.open(article.id()).version(), desk);
        assertThat(restored.byline()).isEqualTo("홍길동");
    }

    @Test
    void aRevisionKeptBeforeBylinesWere_comparesWithoutOne_andARestoreKeepsTheBylineAsItIs() throws Exception {
        revisions.record(article.id(), Revision.SUBMIT, hong);
        Article now = drafting.open(article.id());
        drafting.save(now.id(), now.version(), now.content(), "홍길동 특파원", hong);
        revisions.record(article.id(), Revision.DESK_EDIT, desk);
        // what a store upgraded from schema 6 holds for its older revisions
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("byline.db"));
                var st = c.prepareStatement("UPDATE revisions SET byline = NULL WHERE number = 1")) {
            st.executeUpdate();
        }

        List<Revision> kept = revisions.list(article.id());
        assertThat(kept.get(1).byline()).isNull();
        assertThat(revisions.diff(kept.get(1).id(), kept.get(0).id()).rows(Field.BYLINE))
                .isEmpty();
        Article restored = revisions.restore(
                article.id(), kept.get(1).id(), drafting.open(article.id()).version(), desk);
        assertThat(restored.byline()).isEqualTo("홍길동 특파원");
        assertThat(restored.content().headline()).isEqualTo("영등포구청장 기자회견");
    }
}
