package org.byline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.newsroom.ScratchNewsroom;
import org.junit.jupiter.api.Test;

/** The newsroom bench's count of lost updates: what the server holds against what the last writer left. */
class LastWritesTest {
    private static final Person HONG = new Person(7, "홍길동", "", Role.REPORTER);

    @Test
    void theServerHoldingWhatTheLastWriterLeft_isNoLoss() {
        LastWrites last = new LastWrites();
        last.wrote(article(1, "첫 글", Status.DRAFT));
        last.wrote(article(1, "고친 글", Status.SUBMITTED));

        assertThat(last.lost(List.of(held(1, "고친 글", Status.SUBMITTED)))).isZero();
    }

    @Test
    void anOlderText_aStatusThatDidNotArrive_orAMissingArticle_areLost() {
        LastWrites last = new LastWrites();
        last.wrote(article(1, "고친 글", Status.DRAFT));
        last.wrote(article(2, "송고한 글", Status.SUBMITTED));
        last.wrote(article(3, "서버에 없는 글", Status.DRAFT));

        assertThat(last.lost(List.of(held(1, "첫 글", Status.DRAFT), held(2, "송고한 글", Status.DRAFT))))
                .isEqualTo(3);
    }

    @Test
    void aTextKeptAsARevisionBesideANewerOne_isNotLost() {
        LastWrites last = new LastWrites();
        last.wrote(article(1, "기자실에서 고친 글", Status.DRAFT));

        ScratchNewsroom.Held desk = new ScratchNewsroom.Held(
                1, Status.DRAFT, "제목", "데스크가 고친 글", List.of(new ScratchNewsroom.Text("제목", "기자실에서 고친 글")));
        assertThat(last.lost(List.of(desk))).isZero();
    }

    @Test
    void percentiles_areNearestRank() {
        List<Double> oneToHundred = java.util.stream.IntStream.rangeClosed(1, 100)
                .mapToObj(i -> (double) i)
                .toList();

        assertThat(Figures.percentile(oneToHundred, 95)).isEqualTo(95.0);
        assertThat(Figures.percentile(oneToHundred, 99)).isEqualTo(99.0);
        assertThat(Figures.percentile(List.of(3.0), 99)).isEqualTo(3.0);
        assertThat(Figures.percentile(List.of(), 50)).isNaN();
    }

    private static Article article(long id, String body, Status status) {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");
        return new Article(
                id,
                1,
                status,
                new ArticleContent("제목", "", "사회", List.of(), body),
                HONG.name(),
                HONG,
                now,
                now,
                null,
                null,
                null,
                null,
                "",
                "");
    }

    private static ScratchNewsroom.Held held(long id, String body, Status status) {
        return new ScratchNewsroom.Held(id, status, "제목", body, List.of());
    }
}
