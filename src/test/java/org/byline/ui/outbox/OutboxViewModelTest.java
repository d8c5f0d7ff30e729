package org.byline.ui.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.SiteType;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox tab reads the jobs again while it shows, one look at a time, on a real store. */
class OutboxViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private Person desk;
    private final DirectTasks tasks = new DirectTasks();
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
    private OutboxViewModel outbox;

    @BeforeEach
    void aNewsroomWithASite() {
        newsroom = new Context(dir, Locale.KOREAN);
        Person hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        desk = newsroom.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, "lee-desk-2026".toCharArray(), null);
        newsroom.sites()
                .add("우리뉴스", SiteType.WORDPRESS, "https://www.example.com", "editor", "app pass".toCharArray(), null);
        Article a = newsroom.drafting().create(new ArticleContent("구청장 기자회견", "", "사회", List.of(), "본문."), hong);
        newsroom.desk().submit(a.id(), hong);
        newsroom.desk().approve(a.id(), desk);
        outbox = new OutboxViewModel(newsroom.outbox(), tasks, newsroom.messages(), desk);
        outbox.watch(shown, Duration.ofSeconds(2), () -> false);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    @Test
    void switchingAwayAndBackWithinTheInterval_keepsOneChainOfLooks() {
        shown.set(true);
        shown.set(false);
        shown.set(true);

        assertThat(tasks.scheduledCount()).isEqualTo(1);
        tasks.elapse();
        assertThat(tasks.scheduledCount()).isEqualTo(1);
    }

    @Test
    void aHiddenTab_plansNoLook_andShowingItReadsWhatWasQueuedMeanwhile() {
        shown.set(true);
        shown.set(false);

        assertThat(tasks.scheduledCount()).isZero();
        newsroom.outbox().queue(List.of(1L), null, desk, false);
        tasks.elapse();
        assertThat(outbox.jobs()).isEmpty();

        shown.set(true);
        assertThat(outbox.jobs())
                .singleElement()
                .satisfies(j -> assertThat(j.headline()).isEqualTo("구청장 기자회견"));
    }
}
