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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once filed, the copy is the desk's: the reporter's saves are refused, the desk's go through. */
class FiledCopyTest {
    @TempDir
    Path dir;

    @Test
    void aReporterChangesDraftsOnly_theDeskChangesFiledAndApprovedCopy() {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Person hong = c.staff().addReporter("홍길동", "");
            Person desk = c.staff().add("김데스크", "", Role.DESK, "데스크비밀번호2026".toCharArray(), null);
            Article a = c.drafting().create(new ArticleContent("제목", "", "사회", List.of(), "본문"), hong);
            Article saved = c.drafting().save(a.id(), a.version(), a.content().withBody("고친 본문"), hong);
            c.desk().submit(a.id(), hong);
            Article filed = c.drafting().open(a.id());

            assertThatThrownBy(() -> c.drafting()
                            .save(a.id(), filed.version(), filed.content().withBody("몰래 고침"), hong))
                    .isInstanceOf(NewsroomException.class)
                    .hasFieldOrPropertyWithValue("key", "error.notYourCopy");
            Article deskEdit =
                    c.drafting().save(a.id(), filed.version(), filed.content().withBody("데스크 교열"), desk);

            assertThat(saved.content().body()).isEqualTo("고친 본문");
            assertThat(deskEdit.content().body()).isEqualTo("데스크 교열");
            assertThat(Drafting.mayEdit(deskEdit, hong)).isFalse();
            assertThat(Drafting.mayEdit(deskEdit, desk)).isTrue();
        }
    }
}
