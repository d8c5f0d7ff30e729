package org.byline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;

/** The newsroom server's migrations, role names and addresses; no server needed. */
class NewsroomSchemaTest {
    @Test
    void version_isTheHighestMigrationInTheNewsroomSet() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/db/newsroom").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElse(0);
            assertThat(NewsroomSchema.VERSION).isEqualTo(highest);
        }
    }

    @Test
    void rolePrefix_isAPlainIdentifier_shortEnoughForEveryRole() {
        assertThat(RolePrefix.of("newsroom")).isEqualTo("newsroom");
        assertThat(RolePrefix.of("TV-Seoul news")).matches("tv_seoul_news_[0-9a-f]{6}");
        assertThat(RolePrefix.of("2026desk")).isEqualTo("n2026desk");
        assertThat(RolePrefix.of("뉴스룸")).matches("byline_[0-9a-f]{6}");
        assertThat(RolePrefix.of("x".repeat(80))).hasSize(RolePrefix.MAX_LENGTH);
        // PostgreSQL refuses role names that start with pg_
        assertThat(RolePrefix.of("pg_news")).isEqualTo("npg_news");
        assertThat(RolePrefix.of("PG-Newsroom")).startsWith("npg_newsroom_");
        // names that differ only in what had to be replaced keep apart
        assertThat(RolePrefix.of("뉴스룸")).isNotEqualTo(RolePrefix.of("편집국"));
        assertThat(RolePrefix.of("tv-seoul")).isNotEqualTo(RolePrefix.of("tv_seoul"));
        assertThat(RolePrefix.of("x".repeat(80))).isNotEqualTo(RolePrefix.of("x".repeat(81)));
    }

    @Test
    void address_isReadAsPeopleWriteIt() {
        ServerAddress a = ServerAddress.parse("postgresql://db.example.kr:5433/newsroom?user=postgres");

        assertThat(a).isEqualTo(new ServerAddress("db.example.kr", 5433, "newsroom", "postgres"));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.kr:5433/newsroom");
        assertThat(ServerAddress.parse("postgres://byline@10.0.0.5/tv").port()).isEqualTo(5432);
        assertThat(ServerAddress.parse("jdbc:postgresql://h/d?user=u&sslmode=require")
                        .user())
                .isEqualTo("u");
    }

    @Test
    void address_withoutDatabaseOrUser_orWithAPassword_isRefused() {
        for (String bad : new String[] {
            "",
            "newsroom",
            "mysql://h/d?user=u",
            "postgresql://h/?user=u",
            "postgresql://h/d",
            "postgresql://h:99999/d?user=u",
            "postgresql://h/d?user=u&sslmode=sometimes"
        }) {
            assertThatThrownBy(() -> ServerAddress.parse(bad))
                    .as(bad)
                    .isInstanceOf(NewsroomException.class)
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("error.server.badAddress");
        }
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h/d?user=u&password=secret"))
                .extracting(e -> ((NewsroomException) e).key())
                .isEqualTo("error.server.passwordInAddress");
    }
}
