package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin keeps the site's sections; no article ever loses its section. */
class SectionsTest {
    @TempDir
    Path dir;

    private Context context;
    private Sections sections;
    private Person hong;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
        sections = context.sections();
        hong = context.staff().addReporter("홍길동", "");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Article article(String section) {
        return context.drafting().create(new ArticleContent("제목", "", section, List.of(), "본문"), hong);
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (NewsroomException e) {
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAddedSection_comesLastInTheMenu_andTakesArticles() {
        sections.add(" 연예 ", null);

        assertThat(context.drafting().sectionNames()).containsExactly("정치", "경제", "사회", "문화", "포토", "연예");
        assertThat(article("연예").content().section()).isEqualTo("연예");
        assertThat(context.preview().page(article("연예"))).contains(">연예<");
    }

    @Test
    void aRename_showsOnEveryOldArticle_andTakesTheLengthTargetAlong() {
        Article old = article("문화");
        context.settings().set("manuscript.target.문화", "7", null);

        sections.rename("문화", "문화·생활", null);

        assertThat(context.drafting().open(old.id()).content().section()).isEqualTo("문화·생활");
        assertThat(context.preview().manuscript().target("문화·생활")).isEqualTo(7);
        assertThat(context.settings().values()).doesNotContainKey("manuscript.target.문화");
        assertThat(key(() -> article("문화"))).isEqualTo("error.unknownSection");
    }

    @Test
    void move_reordersTheMenu() {
        sections.move("포토", 1, null);
        sections.move("정치", 99, null);

        assertThat(context.drafting().sectionNames()).containsExactly("포토", "경제", "사회", "문화", "정치");
    }

    @Test
    void aRetiredSection_leavesTheMenuAndNewArticles_butOldArticlesKeepIt() {
        Article old = article("포토");

        sections.retire("포토", null);

        assertThat(context.drafting().sectionNames()).doesNotContain("포토");
        assertThat(context.drafting().allSectionNames()).contains("포토");
        assertThat(sections.all()).contains(new Section(5, "포토", true));
        // the old article opens, keeps its section, and can still be saved and approved
        Article opened = context.drafting().open(old.id());
        assertThat(opened.content().section()).isEqualTo("포토");
        Article saved = context.drafting()
                .save(old.id(), opened.version(), opened.content().withBody("고친 본문"));
        assertThat(saved.content().section()).isEqualTo("포토");
        assertThat(context.preview().page(saved)).contains("고친 본문");
        // a new article, or an old one moved into it, cannot take it
        assertThatThrownBy(() -> article("포토"))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.retiredSection")
                .hasMessageContaining("정치, 경제, 사회, 문화");
        Article other = article("정치");
        assertThat(key(() -> context.drafting()
                        .save(other.id(), other.version(), other.content().withSection("포토"))))
                .isEqualTo("error.retiredSection");

        sections.restore("포토", null);
        assertThat(article("포토").content().section()).isEqualTo("포토");
    }

    @Test
    void theLastSectionInUse_cannotBeRetired() {
        for (String s : List.of("정치", "경제", "사회", "문화")) {
            sections.retire(s, null);
        }
        assertThat(key(() -> sections.retire("포토", null))).isEqualTo("error.lastSection");
        assertThat(context.drafting().sectionNames()).containsExactly("포토");
    }

    @Test
    void badNamesAndDuplicates_areRefused_andChangeNothing() {
        assertThat(key(() -> sections.add("", null))).isEqualTo("error.badSectionName");
        assertThat(key(() -> sections.add("가".repeat(21), null))).isEqualTo("error.badSectionName");
        assertThat(key(() -> sections.add("정치=경제", null))).isEqualTo("error.badSectionName");
        assertThat(key(() -> sections.add("줄\n바꿈", null))).isEqualTo("error.badSectionName");
        assertThat(key(() -> sections.add("정치", null))).isEqualTo("error.sectionExists");
        assertThat(key(() -> sections.rename("경제", "정치", null))).isEqualTo("error.sectionExists");
        assertThat(key(() -> sections.rename("연예", "방송", null))).isEqualTo("error.unknownSection");
        assertThat(key(() -> sections.retire("연예", null))).isEqualTo("error.unknownSection");

        assertThat(context.drafting().sectionNames()).containsExactly("정치", "경제", "사회", "문화", "포토");
    }

    @Test
    void onceTheStoreHasAnAdmin_onlyTheAdminChangesSections() {
        Person admin = context.staff().add("최관리", "", Role.ADMIN, "choi-admin-1".toCharArray(), null);

        assertThat(key(() -> sections.add("연예", hong))).isEqualTo("people.adminOnlySettings");
        assertThat(key(() -> sections.retire("포토", null))).isEqualTo("people.adminOnlySettings");
        sections.add("연예", admin);
        assertThat(context.drafting().sectionNames()).contains("연예");
    }
}
