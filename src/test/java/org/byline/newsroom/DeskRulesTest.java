package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The desk's state machine, every status x action x who, written out as the newsroom would read
 * it. A status in a cell is where the article ends up; a word is why the action is refused:
 * {@code author} only the reporter who wrote it may, {@code role} only desk editors may,
 * {@code own} four eyes (nobody decides on their own article), {@code state} not from this status.
 * Articles are by 홍길동 (a reporter), except in the desk-author column, where 박데스크 wrote them.
 */
class DeskRulesTest {
    private static final String TABLE = """
            action  | from      | reporter-author | reporter-other | desk-author | desk-other | admin-other
            submit  | draft     | submitted       | author         | submitted   | author     | author
            submit  | submitted | state           | author         | state       | author     | author
            submit  | approved  | state           | author         | state       | author     | author
            submit  | published | state           | author         | state       | author     | author
            submit  | spiked    | state           | author         | state       | author     | author
            approve | draft     | role            | role           | own         | state      | state
            approve | submitted | role            | role           | own         | approved   | approved
            approve | approved  | role            | role           | own         | state      | state
            approve | published | role            | role           | own         | state      | state
            approve | spiked    | role            | role           | own         | state      | state
            return  | draft     | role            | role           | own         | state      | state
            return  | submitted | role            | role           | own         | draft      | draft
            return  | approved  | role            | role           | own         | draft      | draft
            return  | published | role            | role           | own         | state      | state
            return  | spiked    | role            | role           | own         | state      | state
            spike   | draft     | role            | role           | own         | spiked     | spiked
            spike   | submitted | role            | role           | own         | spiked     | spiked
            spike   | approved  | role            | role           | own         | spiked     | spiked
            spike   | published | role            | role           | own         | state      | state
            spike   | spiked    | role            | role           | own         | state      | state
            unspike | draft     | role            | role           | own         | state      | state
            unspike | submitted | role            | role           | own         | state      | state
            unspike | approved  | role            | role           | own         | state      | state
            unspike | published | role            | role           | own         | state      | state
            unspike | spiked    | role            | role           | own         | draft      | draft
            publish | draft     | role            | role           | own         | state      | state
            publish | submitted | role            | role           | own         | state      | state
            publish | approved  | role            | role           | own         | published  | published
            publish | published | role            | role           | own         | state      | state
            publish | spiked    | role            | role           | own         | state      | state
            embargo | draft     | role            | role           | draft       | draft      | draft
            embargo | submitted | role            | role           | submitted   | submitted  | submitted
            embargo | approved  | role            | role           | approved    | approved   | approved
            embargo | published | role            | role           | state       | state      | state
            embargo | spiked    | role            | role           | state       | state      | state
            """;
    private static final List<String> REFUSALS = List.of("author", "role", "own", "state");
    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    @TempDir
    static Path dir;

    private static Context context;
    private static Desk desk;
    private static Person hong;
    private static Person kim;
    private static Person parkDesk;
    private static Person leeDesk;
    private static Person choiAdmin;

    enum Actor {
        REPORTER_AUTHOR,
        REPORTER_OTHER,
        DESK_AUTHOR,
        DESK_OTHER,
        ADMIN_OTHER
    }

    @BeforeAll
    static void newsroom() {
        context = new Context(dir, Locale.KOREAN, new AdjustableClock(NOW));
        desk = context.desk();
        Staff staff = context.staff();
        hong = staff.add("홍길동", "", Role.REPORTER, null, null);
        kim = staff.add("김기자", "", Role.REPORTER, null, null);
        parkDesk = staff.add("박데스크", "", Role.DESK, "park-desk-1".toCharArray(), null);
        leeDesk = staff.add("이데스크", "", Role.DESK, "lee-desk-1".toCharArray(), null);
        choiAdmin = staff.add("최관리", "", Role.ADMIN, "choi-admin-1".toCharArray(), null);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        List<String> rows = TABLE.lines().skip(1).toList();
        for (String row : rows) {
            String[] cells = Arrays.stream(row.split("\\|")).map(String::strip).toArray(String[]::new);
            for (Actor actor : Actor.values()) {
                cases.add(Arguments.of(cells[0], Status.fromCode(cells[1]), actor, cells[2 + actor.ordinal()]));
            }
        }
        return cases.stream();
    }

    @Test
    void theTable_coversEveryStatusAndAction() {
        List<String> rows = TABLE.lines().skip(1).toList();
        List<String> actions = List.of("submit", "approve", "return", "spike", "unspike", "publish", "embargo");

        assertThat(rows).hasSize(actions.size() * Status.values().length);
        for (String action : actions) {
            for (Status status : Status.values()) {
                assertThat(rows)
                        .as(action + " " + status)
                        .anyMatch(r -> r.matches(action + " +\\| " + status.code() + " +\\|.*"));
            }
        }
        assertThat(table()).hasSize(rows.size() * Actor.values().length);
    }

    @ParameterizedTest(name = "{0} a {1} article as {2}: {3}")
    @MethodSource("table")
    void theDesk_followsTheTable(String action, Status from, Actor actor, String expected) {
        Person author = actor == Actor.DESK_AUTHOR ? parkDesk : hong;
        Person by = switch (actor) {
            case REPORTER_AUTHOR -> hong;
            case REPORTER_OTHER -> kim;
            case DESK_AUTHOR -> parkDesk;
            case DESK_OTHER -> leeDesk;
            case ADMIN_OTHER -> choiAdmin;
        };
        Article before = articleIn(from, author);
        int lines = desk.history(before.id()).size();

        if (REFUSALS.contains(expected)) {
            NewsroomException refused =
                    catchThrowableOfType(NewsroomException.class, () -> act(action, before.id(), by));

            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.key())
                    .isEqualTo(
                            expected.equals("state")
                                    ? "desk.state." + action
                                    : switch (expected) {
                                        case "author" -> "desk.notAuthor";
                                        case "role" -> "desk.notDesk";
                                        default -> "desk.ownArticle";
                                    });
            Article unchanged = context.drafting().open(before.id());
            assertThat(unchanged.version()).isEqualTo(before.version());
            assertThat(unchanged.status()).isEqualTo(from);
            assertThat(desk.history(before.id())).hasSize(lines);
        } else {
            Article after = act(action, before.id(), by);

            assertThat(after.status()).isEqualTo(Status.fromCode(expected));
            assertThat(after.version()).isEqualTo(before.version() + 1);
            List<Transition> history = desk.history(before.id());
            assertThat(history).hasSize(lines + 1);
            Transition last = history.get(history.size() - 1);
            assertThat(last.action().code()).isEqualTo(action);
            assertThat(last.from()).isEqualTo(from);
            assertThat(last.to()).isEqualTo(after.status());
            assertThat(last.by()).isEqualTo(by.name());
        }
    }

    private static Article act(String action, long id, Person by) {
        return switch (action) {
            case "submit" -> desk.submit(id, by);
            case "approve" -> desk.approve(id, by);
            case "return" -> desk.returnToReporter(id, by, "리드를 다시 써 주세요.");
            case "spike" -> desk.spike(id, by);
            case "unspike" -> desk.unspike(id, by);
            case "publish" -> desk.publish(id, by);
            case "embargo" -> desk.embargo(id, NOW.plus(Duration.ofDays(1)), by);
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** A fresh article by {@code author}, brought to {@code status} by the author and 이데스크. */
    private static Article articleIn(Status status, Person author) {
        long id = context.drafting()
                .create(new ArticleContent("구청 예산안 확정", "", "사회", List.of(), "본문"), author)
                .id();
        switch (status) {
            case DRAFT -> {}
            case SUBMITTED -> desk.submit(id, author);
            case APPROVED -> {
                desk.submit(id, author);
                desk.approve(id, leeDesk);
            }
            case PUBLISHED -> {
                desk.submit(id, author);
                desk.approve(id, leeDesk);
                desk.publish(id, leeDesk);
            }
            case SPIKED -> desk.spike(id, leeDesk);
        }
        return context.drafting().open(id);
    }
}
