package org.byline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Person;
import org.byline.domain.SearchHit;
import org.byline.domain.Status;
import org.byline.domain.TextCounts;
import org.byline.render.ManuscriptCounter;
import org.junit.jupiter.api.Test;

/** Byline's JSON document of an article, as scripts and other tools read it. */
class ArticleJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KST_TIME = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00$";
    private static final Instant CREATED = Instant.parse("2019-07-12T00:39:39Z");
    private static final String BODY = "한글날을 맞아 구청 광장에서 “한글 큰잔치”가 열렸다.\n\n△글짓기 대회\n△붓글씨 체험";

    @Test
    void draft_isWrittenWithEveryDocumentedField() throws Exception {
        JsonNode json = MAPPER.readTree(new ArticleJson().article(draft(), ManuscriptCounter.count(BODY)));

        assertThat(json.get("id").asLong()).isEqualTo(42);
        assertThat(json.get("version").asLong()).isEqualTo(3);
        assertThat(json.get("status").asText()).isEqualTo("draft");
        assertThat(json.get("headline").asText()).isEqualTo("한글날 큰잔치 열려");
        assertThat(json.get("subheadline").asText()).isEqualTo("글짓기·붓글씨 체험에 주민 500명");
        assertThat(json.get("section").asText()).isEqualTo("문화");
        assertThat(json.get("tags")).extracting(JsonNode::asText).containsExactly("한글날", "구청", "축제");
        assertThat(json.get("body").asText()).isEqualTo(BODY);
        assertThat(json.get("byline").asText()).isEqualTo("홍길동");
        assertThat(json.get("reporter").get("name").asText()).isEqualTo("홍길동");
        assertThat(json.get("reporter").get("email").asText()).isEqualTo("hong@tvseoul.kr");
    }

    @Test
    void times_areKoreanStandardTimeWithTheirOffset() throws Exception {
        JsonNode json = MAPPER.readTree(new ArticleJson().article(draft(), ManuscriptCounter.count(BODY)));

        assertThat(json.get("createdAt").asText()).matches(KST_TIME).isEqualTo("2019-07-12T09:39:39+09:00");
        assertThat(json.get("updatedAt").asText()).matches(KST_TIME).isEqualTo("2019-07-12T10:00:00+09:00");
    }

    @Test
    void draftNotYetRegistered_hasNullRegistrationAndModificationTimes() throws Exception {
        JsonNode json = MAPPER.readTree(new ArticleJson().article(draft(), ManuscriptCounter.count(BODY)));

        assertThat(json.has("registeredAt")).isTrue();
        assertThat(json.get("registeredAt").isNull()).isTrue();
        assertThat(json.get("modifiedAt").isNull()).isTrue();
    }

    @Test
    void counts_areTheDesksCounts() throws Exception {
        TextCounts counts = ManuscriptCounter.count(BODY);
        JsonNode json = MAPPER.readTree(new ArticleJson().article(draft(), counts));

        JsonNode c = json.get("counts");
        assertThat(c.get("characters").asInt()).isEqualTo(counts.characters());
        assertThat(c.get("charactersWithoutSpaces").asInt()).isEqualTo(counts.charactersWithoutSpaces());
        assertThat(c.get("manuscriptSheets").asDouble()).isEqualTo(counts.manuscriptSheets());
        assertThat(c.get("characters").asInt()).isEqualTo(44);
    }

    @Test
    void korean_isWrittenAsIs_notAsEscapes() {
        String raw = new ArticleJson().article(draft(), ManuscriptCounter.count(BODY));

        assertThat(raw).contains("한글").contains("“한글 큰잔치”").doesNotContain("\\u");
    }

    @Test
    void queueRowsAndSearchHits_areArraysWithIdsAndHeadlines() throws Exception {
        JsonNode rows = MAPPER.readTree(new ArticleJson()
                .summaries(List.of(new ArticleSummary(7, "구청 예산안 확정", "정치", Status.DRAFT, "홍길동", CREATED))));
        JsonNode hits = MAPPER.readTree(new ArticleJson().hits(List.of(new SearchHit(7, "구청 예산안 확정"))));

        assertThat(rows.isArray()).isTrue();
        assertThat(rows.get(0).get("id").asLong()).isEqualTo(7);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("draft");
        assertThat(rows.get(0).get("updatedAt").asText()).isEqualTo("2019-07-12T09:39:39+09:00");
        assertThat(hits.get(0).get("headline").asText()).isEqualTo("구청 예산안 확정");
        assertThat(MAPPER.readTree(new ArticleJson().hits(List.of())).size()).isZero();
    }

    private static Article draft() {
        ArticleContent content =
                new ArticleContent("한글날 큰잔치 열려", "글짓기·붓글씨 체험에 주민 500명", "문화", List.of("한글날", "구청", "축제"), BODY);
        return new Article(
                42,
                3,
                Status.DRAFT,
                content,
                "홍길동",
                new Person(1, "홍길동", "hong@tvseoul.kr"),
                CREATED,
                Instant.parse("2019-07-12T01:00:00Z"),
                null,
                null,
                null,
                null,
                "",
                "");
    }
}
