package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.Section;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles kept in the real SQLite store: versions, sections, tags, Hangul normalisation. */
class ArticleStoreTest {
    private static final ArticleContent COUNCIL = new ArticleContent(
            "구의회 조례안 상임위 통과", "본회의 표결은 다음 달", "정치", List.of("구의회", "조례"), "한빛구의회 행정복지위원회가 26일 조례 개정안을 가결했다.");

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private Person hong;

    @BeforeEach
    void openStore() {
        db = Database.open(dir);
        articles = new SqliteArticleStore(db, Clock.systemUTC());
        hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    @Test
    void newStore_hasTheFiveSectionsInTheSitesOrder() {
        assertThat(new SqliteSectionStore(db).all())
                .extracting(Section::name)
                .containsExactly("정치", "경제", "사회", "문화", "포토");
    }

    @Test
    void newArticle_isADraftAtVersionOne_bylinedToItsReporter() {
        Article created = articles.create(COUNCIL, hong);

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(Status.DRAFT);
        assertThat(created.content()).isEqualTo(COUNCIL);
        assertThat(created.byline()).isEqualTo("홍길동");
        assertThat(created.reporter()).isEqualTo(hong);
        assertThat(created.registeredAt()).isNull();
        assertThat(articles.find(created.id())).contains(created);
    }

    @Test
    void save_fromTheCurrentVersion_storesTheTextAsTheNextVersion() {
        Article created = articles.create(COUNCIL, hong);
        ArticleContent edited =
                new ArticleContent("구의회 조례안 본회의 통과", "찬성 15표", "사회", List.of("본회의"), "조례 개정안이 3일 본회의를 통과했다.");

        Article saved = articles.save(created.id(), 1, edited);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.content()).isEqualTo(edited);
        assertThat(articles.find(created.id()).orElseThrow().content()).isEqualTo(edited);
    }

    @Test
    void save_isRefused_whenSomeoneSavedANewerVersion() {
        Article created = articles.create(COUNCIL, hong);
        articles.save(created.id(), 1, COUNCIL.withHeadline("데스크가 고친 제목"));

        assertThatThrownBy(() -> articles.save(created.id(), 1, COUNCIL.withHeadline("기자가 고친 제목")))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.staleVersion");
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.storedVersion()).isEqualTo(2);
                });
        Article stored = articles.find(created.id()).orElseThrow();
        assertThat(stored.content().headline()).isEqualTo("데스크가 고친 제목");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void save_ofAnArticleThatDoesNotExist_namesTheUnknownArticle() {
        assertThatThrownBy(() -> articles.save(4242, 1, COUNCIL)).isInstanceOfSatisfying(NewsroomException.class, e -> {
            assertThat(e.key()).isEqualTo("error.unknownArticle");
            assertThat(e.args()).containsExactly(4242L);
        });
    }

    @Test
    void anUnknownSection_isRefused_onCreateAndOnSave_andNothingIsWritten() {
        Article created = articles.create(COUNCIL, hong);

        assertThatThrownBy(() -> articles.create(COUNCIL.withSection("연예"), hong))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.unknownSection"));
        assertThatThrownBy(() -> articles.save(
                        created.id(), 1, COUNCIL.withSection("스포츠").withHeadline("바뀐 제목")))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.unknownSection"));

        assertThat(new SqliteQueueQuery(db).count(QueueFilter.NEWEST_FIRST)).isEqualTo(1);
        assertThat(articles.find(created.id()).orElseThrow()).isEqualTo(created);
    }

    @Test
    void hangulTypedOnAMac_inDecomposedForm_isStoredComposed_andFoundByAComposedQuery() {
        String nfdHeadline = Normalizer.normalize("한글날 기념 행사", Normalizer.Form.NFD);
        String nfdBody = Normalizer.normalize("구청 앞 광장에서 한글 문화 행사가 열렸다.", Normalizer.Form.NFD);
        String nfdSection = Normalizer.normalize("문화", Normalizer.Form.NFD);
        assertThat(nfdHeadline).isNotEqualTo("한글날 기념 행사");

        Article created = articles.create(
                new ArticleContent(
                        nfdHeadline,
                        "",
                        nfdSection,
                        List.of(Normalizer.normalize("한글날", Normalizer.Form.NFD)),
                        nfdBody),
                hong);

        Article stored = articles.find(created.id()).orElseThrow();
        assertThat(stored.content().headline()).isEqualTo("한글날 기념 행사");
        assertThat(stored.content().body()).isEqualTo("구청 앞 광장에서 한글 문화 행사가 열렸다.");
        assertThat(stored.content().section()).isEqualTo("문화");
        assertThat(stored.content().tags()).containsExactly("한글날");
        assertThat(new SqliteSearchIndex(db).search("한글", 10))
                .extracting(h -> h.id())
                .containsExactly(created.id());
        assertThat(new SqliteSearchIndex(db).search("광장", 10))
                .extracting(h -> h.id())
                .containsExactly(created.id());
    }

    @Test
    void decomposedTextSaved_isReadBackComposed() {
        Article created = articles.create(COUNCIL, hong);

        articles.save(created.id(), 1, COUNCIL.withBody(Normalizer.normalize("한글 본문", Normalizer.Form.NFD)));

        assertThat(articles.find(created.id()).orElseThrow().content().body()).isEqualTo("한글 본문");
        assertThat(new SqliteSearchIndex(db).search("한글", 10)).hasSize(1);
    }

    @Test
    void tags_keepTheOrderTheReporterGaveThem_acrossSaves() {
        Article created = articles.create(COUNCIL.withTags(List.of("조례", "구의회", "골목상권")), hong);
        assertThat(created.content().tags()).containsExactly("조례", "구의회", "골목상권");

        Article saved = articles.save(created.id(), 1, COUNCIL.withTags(List.of("하나", "셋", "둘")));

        assertThat(saved.content().tags()).containsExactly("하나", "셋", "둘");
    }

    @Test
    void twoProgramsOnTheSameStore_theSecondsStaleSaveIsRefused() {
        Article created = articles.create(COUNCIL, hong);
        try (Database other = Database.open(dir)) {
            ArticleStore otherArticles = new SqliteArticleStore(other, Clock.systemUTC());
            Article seenByOther = otherArticles.find(created.id()).orElseThrow();

            articles.save(created.id(), 1, COUNCIL.withHeadline("첫 프로그램이 고친 제목"));

            assertThatThrownBy(() -> otherArticles.save(
                            created.id(), seenByOther.version(), COUNCIL.withHeadline("둘째 프로그램이 고친 제목")))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(otherArticles.find(created.id()).orElseThrow().content().headline())
                    .isEqualTo("첫 프로그램이 고친 제목");
        }
        assertThat(articles.find(created.id()).orElseThrow().version()).isEqualTo(2);
    }
}
