package org.byline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.publish.PushNewsroom.PROMPT;
import static org.byline.publish.PushNewsroom.QUICK;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.SiteType;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.imaging.TestImages;
import org.byline.newsroom.Outbox;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing to a WordPress site that misbehaves on purpose. Every test ends by asking the site what
 * it holds: each article once, each photo once, the right terms, updates on the same post.
 */
class WordPressPushTest {
    @TempDir
    Path dir;

    private WordPressStandIn site;
    private Context newsroom;
    private Person desk;

    @BeforeEach
    void aSiteAndANewsroom() throws Exception {
        site = new WordPressStandIn("editor", PushNewsroom.APP_PASSWORD);
        newsroom = PushNewsroom.open(dir, Clock.systemUTC(), QUICK);
        desk = PushNewsroom.setUp(newsroom, site);
    }

    @AfterEach
    void close() {
        newsroom.close();
        site.close();
    }

    private PushJob push(Article article) {
        List<Long> jobs = newsroom.outbox().queue(List.of(article.id()), null, desk, false);
        return newsroom.outbox().sendUntilSettled(jobs, PROMPT).get(0);
    }

    private ObjectNode onlyPost() {
        assertThat(site.posts).hasSize(1);
        return site.posts.values().iterator().next();
    }

    @Test
    void anApprovedArticle_arrivesOnce_withItsPhotosTermsAndLead_andIsPublishedWithItsLink() throws Exception {
        Article a = PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "구의회 <예산안> 확정");

        PushJob job = push(a);

        ObjectNode post = onlyPost();
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.remoteLink()).isEqualTo(post.path("link").asText()).isNotEmpty();
        assertThat(post.path("title").asText()).isEqualTo("구의회 &lt;예산안&gt; 확정");
        assertThat(post.path("excerpt").asText()).isEqualTo("구의회 본회의 통과");
        assertThat(post.path("status").asText()).isEqualTo("publish");
        assertThat(post.path("slug").asText()).matches("byline-[0-9a-f]+-" + a.id());
        String content = post.path("content").asText();
        assertThat(content)
                .contains("&#91;TV서울=홍길동 기자] 영등포구의회가 27일 예산안을 확정했다.")
                .contains("&lt;b&gt;만장일치&lt;/b&gt;")
                .doesNotContain("<b>");
        assertThat(site.termNames(post, "categories")).containsExactly("사회");
        assertThat(site.termNames(post, "tags")).containsExactly("구의회", "예산");

        assertThat(site.media).hasSize(2);
        ObjectNode lead = site.media.get(post.path("featured_media").asLong());
        assertThat(lead.path("caption").asText()).isEqualTo("의장 &lt;발언&gt;");
        assertThat(lead.path("alt_text").asText()).isEqualTo("발언하는 의장");
        ObjectNode placed =
                site.media.values().stream().filter(m -> m != lead).findFirst().orElseThrow();
        assertThat(content)
                .contains("src=\"" + placed.path("source_url").asText() + "\"")
                .doesNotContain(lead.path("source_url").asText()); // the lead is the featured image, not repeated

        Article after = newsroom.drafting().open(a.id());
        assertThat(after.status()).isEqualTo(Status.PUBLISHED);
        Transition last = lastLine(a);
        assertThat(last.action()).isEqualTo(DeskAction.PUSH);
        assertThat(last.from()).isEqualTo(Status.APPROVED);
        assertThat(last.note()).contains("우리뉴스").contains(job.remoteLink());
        assertThat(newsroom.outbox().posts(a.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.link()).isEqualTo(job.remoteLink()));
    }

    @Test
    void shortcodesTypedAnywhere_reachWordPressAsText_thatItCannotExpand_andReadAsTyped() throws Exception {
        Person hong = newsroom.staff().named("홍길동");
        String body =
                "영상은 다음과 같다.\n\n[embed]https://youtu.be/abc[/embed]\n\n[audio src=\"https://x.kr/a.mp3\"] 듣기\n\n[gallery ids=\"1,2\"]";
        Article draft = newsroom.drafting()
                .create(new ArticleContent("[gallery] 제목", "[caption]부제[/caption]", "사회", List.of("구의회"), body), hong);
        Path photo = TestImages.write(
                Files.createDirectories(dir.resolve("in")).resolve("a.jpg"), TestImages.jpeg(300, 200));
        newsroom.photos()
                .attach(
                        draft.id(),
                        List.of(photo),
                        new PhotoDetails("[playlist ids=\"3\"] 설명", "구청", "[video src=\"v.mp4\"] 대체"),
                        true);
        newsroom.desk().submit(draft.id(), hong);
        Article a = newsroom.desk().approve(draft.id(), desk);

        assertThat(push(a).state()).isEqualTo(PushState.DONE);

        ObjectNode post = onlyPost();
        ObjectNode media = site.media.values().iterator().next();
        Pattern shortcode = Pattern.compile("\\[\\[?/?[^\\s\\]\\[<>&/=\"']");
        for (String sent : List.of(
                post.path("content").asText(),
                post.path("title").asText(),
                post.path("excerpt").asText(),
                media.path("caption").asText(),
                media.path("alt_text").asText())) {
            assertThat(shortcode.matcher(sent).find()).as(sent).isFalse();
        }
        String shown = Jsoup.parse(post.path("content").asText()).text();
        assertThat(shown)
                .contains("[embed]https://youtu.be/abc[/embed]")
                .contains("[audio src=\"https://x.kr/a.mp3\"] 듣기")
                .contains("[gallery ids=\"1,2\"]")
                .contains("[TV서울=홍길동 기자]");
        assertThat(Html.unescape(post.path("title").asText())).isEqualTo("[gallery] 제목");
        assertThat(Html.unescape(post.path("excerpt").asText())).isEqualTo("[caption]부제[/caption]");
        assertThat(Html.unescape(media.path("caption").asText())).isEqualTo("[playlist ids=\"3\"] 설명");
        assertThat(Html.unescape(media.path("alt_text").asText())).isEqualTo("[video src=\"v.mp4\"] 대체");
    }

    @Test
    void pushingAgainAfterADeskCorrection_updatesTheSamePost_withoutUploadingThePhotosAgain() throws Exception {
        Article a = PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "구의회 예산안 확정");
        PushJob first = push(a);
        Article published = newsroom.drafting().open(a.id());
        var corrected = new ArticleContent(
                published.content().headline() + " (종합)",
                published.content().subheadline(),
                "사회",
                List.of("구의회", "예산", "본회의"),
                published.content().body());
        newsroom.desk().correct(a.id(), published.version(), corrected, "제목 보완", desk);

        PushJob second = push(a);

        ObjectNode post = onlyPost();
        assertThat(second.state()).isEqualTo(PushState.DONE);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.remoteId()).isEqualTo(first.remoteId());
        assertThat(post.path("title").asText()).isEqualTo("구의회 예산안 확정 (종합)");
        assertThat(post.path("modified_count").asInt()).isEqualTo(1);
        assertThat(post.path("content").asText()).contains("정정: 제목 보완");
        assertThat(site.termNames(post, "tags")).containsExactly("구의회", "예산", "본회의");
        assertThat(site.tags).hasSize(3);
        assertThat(site.media).hasSize(2);
        assertThat(site.count("POST /wp-json/wp/v2/media")).isEqualTo(2);
        assertThat(lastLine(a).from()).isEqualTo(Status.PUBLISHED);
        assertThat(lastLine(a).action()).isEqualTo(DeskAction.PUSH);
    }

    @Test
    void aServerError_isRetried_andTheArticleArrivesOnce() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "구청장 기자회견");
        site.failNext("POST", "/wp-json/wp/v2/posts", 500, "internal_server_error");

        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        newsroom.outbox().runDue(PROMPT);
        PushJob waiting = newsroom.outbox().job(jobs.get(0));
        PushJob job = newsroom.outbox().sendUntilSettled(jobs, PROMPT).get(0);

        assertThat(waiting.state()).isEqualTo(PushState.QUEUED);
        assertThat(newsroom.messages().pushError(waiting))
                .contains("지금 문제가 있습니다 (HTTP 500)")
                .contains("바이라인이 ")
                .endsWith("에 다시 시도합니다.");
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(onlyPost().path("title").asText()).isEqualTo("구청장 기자회견");
        assertThat(site.termNames(onlyPost(), "categories")).containsExactly("정치");
    }

    @Test
    void aSiteAskingToWait_withRetryAfter_isNotAskedSooner() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "잠시 후");
        site.failNext("POST", "/wp-json/wp/v2/posts", 503, "unavailable"); // with Retry-After: 1

        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        Instant before = Instant.now();
        newsroom.outbox().runDue(PROMPT);
        PushJob waiting = newsroom.outbox().job(jobs.get(0));
        PushJob job = newsroom.outbox().sendUntilSettled(jobs, PROMPT).get(0);

        assertThat(waiting.state()).isEqualTo(PushState.QUEUED);
        assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(before.plusMillis(1_000));
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
    }

    @Test
    void aSlowAnswerPastTheTimeout_isRetried_andFindsThePostItCreatedBySlug() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "늦은 응답");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 1_600);

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts/" + job.remoteId())).isEqualTo(1);
    }

    @Test
    void aSiteThatMakesThePostOnlyAfterTheTimeout_endsWithOnePost_foundByItsSlug() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "느린 사이트");
        // the site works on the post for 2.5 s; Byline waits 1 s for the answer, the site finishes within 4 s
        site.holdBeforeWork("POST", "/wp-json/wp/v2/posts", 2_500);
        long start = System.nanoTime();

        PushJob job = push(a);
        untilTheSiteHasWorkedOnIt(start, 2_500);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
        assertThat(job.remoteId()).isEqualTo(onlyPost().path("id").asText());
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aPhotoUploadMadeOnlyAfterTheTimeout_isNotUploadedTwice() throws Exception {
        Article a = PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "느린 업로드");
        site.holdBeforeWork("POST", "/wp-json/wp/v2/media", 3_000); // past the 2 s upload timeout
        long start = System.nanoTime();

        PushJob job = push(a);
        untilTheSiteHasWorkedOnIt(start, 3_000);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.media).hasSize(2);
        assertThat(site.count("POST /wp-json/wp/v2/media")).isEqualTo(2);
        assertThat(site.posts).hasSize(1);
    }

    @Test
    void aGatewayTimeoutOnTheCreate_isCreatedAgainOnlyOnceTheSiteHasSurelyFinished() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "게이트웨이");
        site.failNext(
                "POST", "/wp-json/wp/v2/posts", 504, "gateway_timeout"); // the site behind it may be making the post
        long start = System.nanoTime();

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(QUICK.siteFinishes());
    }

    @Test
    void aConnectionClosedAfterThePostWasCreated_doesNotCreateItTwice() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "끊긴 연결");
        site.closeAfterWork("POST", "/wp-json/wp/v2/posts");

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(job.remoteLink()).isEqualTo(onlyPost().path("link").asText());
    }

    @Test
    void aLostAnswerToAPhotoUpload_doesNotUploadItTwice() throws Exception {
        Article a = PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "사진 업로드");
        site.closeAfterWork("POST", "/wp-json/wp/v2/media");

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.media).hasSize(2);
        assertThat(site.posts).hasSize(1);
    }

    @Test
    void aRefusedPassword_failsAtOnce_sayingSo_andLeavesTheArticleApproved() throws Exception {
        site.close();
        site = new WordPressStandIn("editor", "a different password");
        newsroom.sites().remove("우리뉴스", null);
        newsroom.sites().add("우리뉴스", SiteType.WORDPRESS, site.url(), "editor", "wrong".toCharArray(), null);
        Article a = PushNewsroom.approved(newsroom, desk, "비밀번호");

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.FAILED);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.errorKey()).isEqualTo("push.passwordRefused");
        assertThat(newsroom.messages().get(job.errorKey(), job.errorArgs().toArray()))
                .contains("비밀번호를 거부")
                .contains("incorrect_password");
        assertThat(site.posts).isEmpty();
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void anInvalidField_failsForGood_withTheSitesOwnMessage() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "잘못된 값");
        site.failNext("POST", "/wp-json/wp/v2/posts", 400, "rest_invalid_param");

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.FAILED);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(newsroom.messages().get(job.errorKey(), job.errorArgs().toArray()))
                .contains("Invalid parameter(s): status")
                .contains("status is not one of publish");
    }

    @Test
    void aPhotoTooLargeForTheSite_failsTheJob_andARetryAfterTheLimitIsRaised_sendsIt() throws Exception {
        Article a = PushNewsroom.approvedWithPhotos(newsroom, desk, dir, "큰 사진");
        site.limitUploads(100);

        PushJob failed = push(a);

        assertThat(failed.state()).isEqualTo(PushState.FAILED);
        assertThat(failed.errorKey()).isEqualTo("push.tooLarge");
        assertThat(newsroom.messages().get(failed.errorKey(), failed.errorArgs().toArray()))
                .contains("너무 크다")
                .contains(".jpg");
        assertThat(site.posts).isEmpty();

        site.limitUploads(Long.MAX_VALUE);
        newsroom.outbox().retry(failed.id(), desk);
        PushJob retried =
                newsroom.outbox().sendUntilSettled(List.of(failed.id()), PROMPT).get(0);

        assertThat(retried.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(site.media).hasSize(2);
    }

    @Test
    void passingFaults_thatDoNotStop_failTheJobAfterItsAttempts() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "계속 실패");
        for (int i = 0; i < PROMPT.attempts(); i++) {
            site.failNext("GET", "/wp-json/wp/v2/categories", 503, "unavailable");
        }

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.FAILED);
        assertThat(job.attempts()).isEqualTo(PROMPT.attempts());
        assertThat(job.errorKey()).isEqualTo("push.gaveUp");
        assertThat(newsroom.messages().pushError(job))
                .startsWith(PROMPT.attempts() + "번 시도한 뒤 그만두었습니다")
                .contains("\"우리뉴스\" 사이트에 지금 문제가 있습니다 (HTTP 503)")
                .contains("작업을 다시 보내세요")
                .doesNotContain("바이라인이 다시 시도합니다");
        assertThat(site.posts).isEmpty();
    }

    @Test
    void anEmbargoedArticle_goesToWordPressScheduled_forTheEmbargosEnd() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "엠바고 기사");
        Instant until = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        newsroom.desk().embargo(a.id(), until, desk);

        PushJob job = push(a);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        ObjectNode post = onlyPost();
        assertThat(post.path("status").asText()).isEqualTo("future");
        assertThat(post.path("date_gmt").asText()).isEqualTo(until.toString().replace("Z", ""));
        assertThat(lastLine(a).note()).contains("+09:00");
        assertThat(newsroom.desk().history(a.id())).noneMatch(t -> t.action() == DeskAction.OVERRIDE_EMBARGO);
    }

    @Test
    void aCancelledJob_isNotSent() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "취소");
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);

        newsroom.outbox().cancel(jobs.get(0), desk);

        assertThat(newsroom.outbox().runDue(PROMPT)).isZero();
        assertThat(newsroom.outbox().job(jobs.get(0)).state()).isEqualTo(PushState.CANCELLED);
        assertThat(site.posts).isEmpty();
    }

    @Test
    void aJobLeftSendingByARunThatStopped_isTakenOverAfterItsLease_andTheSiteStillHasOnePost() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "멈춘 전송");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 2_500);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        // a first run that waits long for its answer (it will be "stopped" meanwhile)
        try (Context patient = PushNewsroom.open(
                dir,
                Clock.systemUTC(),
                new PushTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10)))) {
            CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> patient.outbox().runDue(PROMPT));
            waitFor(() -> newsroom.outbox().job(jobs.get(0)).state() == PushState.SENDING && !site.posts.isEmpty());

            // a later start, after the lease ran out: it takes the job and finds the post by its slug
            try (Context later =
                    PushNewsroom.open(dir, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)), QUICK)) {
                assertThat(later.outbox().runDue(PROMPT)).isEqualTo(1);
            }
            first.get(10, TimeUnit.SECONDS);
        }

        PushJob job = newsroom.outbox().job(jobs.get(0));
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aJobWhoseSenderWasKilled_isTakenAtOnce_notAfterItsLease() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "죽은 전송");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 60_000);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        Process sender = OutboxChild.start(dir, Duration.ofSeconds(90), Outbox.LEASE, dir.resolve("child.log"));
        try {
            waitFor(() -> !site.posts.isEmpty(), 30);
            assertThat(newsroom.outbox().job(jobs.get(0)).state()).isEqualTo(PushState.SENDING);
        } finally {
            sender.destroyForcibly().waitFor();
        }

        long start = System.nanoTime();
        assertThat(newsroom.outbox().runDue(PROMPT))
                .as("the dead sender's job, taken before its 20 s lease ran out")
                .isEqualTo(1);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Outbox.LEASE);
        PushJob job = newsroom.outbox().job(jobs.get(0));
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
    }

    @Test
    void aJobOfALivingSenderThatStoppedBeating_isTakenOnlyAfterItsLease() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "멈춘 프로세스");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 60_000);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        Duration lease = Duration.ofSeconds(2);
        Process sender = OutboxChild.start(dir, Duration.ofSeconds(90), lease, dir.resolve("child.log"));
        try {
            waitFor(() -> !site.posts.isEmpty(), 30);
            // a hung process: alive, but neither its send nor its heartbeat goes on
            assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(sender.pid()))
                            .start()
                            .waitFor())
                    .isZero();
            long stopped = System.nanoTime();

            assertThat(newsroom.outbox().runDue(PROMPT))
                    .as("its lease still holds")
                    .isZero();
            waitFor(() -> newsroom.outbox().runDue(PROMPT) == 1, 10);

            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isGreaterThanOrEqualTo(lease.minusMillis(300));
        } finally {
            sender.destroyForcibly().waitFor();
        }
        PushJob job = newsroom.outbox().job(jobs.get(0));
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(site.posts).hasSize(1);
    }

    @Test
    void aSendLongerThanItsLease_keepsItsJob_byItsHeartbeat() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "긴 전송");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 3_000);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        Duration lease = Duration.ofMillis(800);
        PushTimeouts patient = new PushTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10));
        try (Context sending = new Context(dir, Locale.KOREAN, Clock.systemUTC(), patient, lease);
                Context other = new Context(dir, Locale.KOREAN, Clock.systemUTC(), QUICK, lease)) {
            CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> sending.outbox().runDue(PROMPT));
            waitFor(() -> !site.posts.isEmpty(), 5);
            Thread.sleep(lease.multipliedBy(2).toMillis()); // no progress meanwhile: the site holds its answer

            assertThat(other.outbox().runDue(PROMPT))
                    .as("still its sender's, past the lease")
                    .isZero();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        PushJob job = newsroom.outbox().job(jobs.get(0));
        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
    }

    @Test
    void aDeskCorrectionPushedWhileTheOldTextIsOnItsWay_followsIt_andTheSiteEndsWithTheCorrection() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "첫 원고");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 1_500);
        List<Long> first = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        try (Context patient = patient()) {
            CompletableFuture<Integer> sending =
                    CompletableFuture.supplyAsync(() -> patient.outbox().runDue(PROMPT));
            waitFor(() -> newsroom.outbox().job(first.get(0)).state() == PushState.SENDING && !site.posts.isEmpty());

            Article now = newsroom.drafting().open(a.id());
            newsroom.desk()
                    .correct(
                            a.id(),
                            now.version(),
                            new ArticleContent(
                                    "고친 원고",
                                    "",
                                    "정치",
                                    List.of("선거"),
                                    now.content().body()),
                            "",
                            desk);
            List<Long> second = newsroom.outbox().queue(List.of(a.id()), null, desk, false);

            assertThat(second.get(0)).isNotEqualTo(first.get(0));
            assertThat(newsroom.outbox().runDue(PROMPT))
                    .as("waits for the send on its way")
                    .isZero();
            sending.get(10, TimeUnit.SECONDS);
            PushJob followed =
                    newsroom.outbox().sendUntilSettled(second, PROMPT).get(0);
            assertThat(followed.state()).isEqualTo(PushState.DONE);
        }

        assertThat(onlyPost().path("title").asText()).isEqualTo("고친 원고");
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
    }

    @Test
    void aJobCancelledOnItsWay_thatTheSiteStillTook_isRecordedAsPublished() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "취소했지만 도착");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 1_500);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        try (Context patient = patient()) {
            CompletableFuture<Integer> sending =
                    CompletableFuture.supplyAsync(() -> patient.outbox().runDue(PROMPT));
            waitFor(() -> newsroom.outbox().job(jobs.get(0)).state() == PushState.SENDING && !site.posts.isEmpty());

            newsroom.outbox().cancel(jobs.get(0), desk);
            sending.get(10, TimeUnit.SECONDS);
        }

        assertThat(newsroom.outbox().job(jobs.get(0)).state()).isEqualTo(PushState.CANCELLED);
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.PUBLISHED);
        assertThat(lastLine(a).action()).isEqualTo(DeskAction.PUSH);
        assertThat(lastLine(a).note()).contains(onlyPost().path("link").asText());
    }

    @Test
    void aRetryRightAfterCancellingASendOnItsWay_waitsForThatSend_andTheSiteGetsOnePost() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "취소 후 재시도");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 1_500);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        try (Context patient = patient()) {
            CompletableFuture<Integer> sending =
                    CompletableFuture.supplyAsync(() -> patient.outbox().runDue(PROMPT));
            waitFor(() -> newsroom.outbox().job(jobs.get(0)).state() == PushState.SENDING && !site.posts.isEmpty());

            newsroom.outbox().cancel(jobs.get(0), desk);
            newsroom.outbox().retry(jobs.get(0), desk);

            assertThat(newsroom.outbox().runDue(PROMPT))
                    .as("the cancelled request still runs")
                    .isZero();
            sending.get(10, TimeUnit.SECONDS);
        }
        PushJob job = newsroom.outbox().sendUntilSettled(jobs, PROMPT).get(0);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
        assertThat(newsroom.drafting().open(a.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aRetryAfterCancellingASendLongerThanTheLease_waitsForThatSend_keptByItsHeartbeat() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "긴 취소");
        site.answerSlowly("POST", "/wp-json/wp/v2/posts", 3_000);
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        Duration lease = Duration.ofMillis(800);
        PushTimeouts patient = new PushTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10));
        try (Context sending = new Context(dir, Locale.KOREAN, Clock.systemUTC(), patient, lease);
                Context other = new Context(dir, Locale.KOREAN, Clock.systemUTC(), QUICK, lease)) {
            CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> sending.outbox().runDue(PROMPT));
            waitFor(() -> !site.posts.isEmpty(), 5);
            newsroom.outbox().cancel(jobs.get(0), desk);
            newsroom.outbox().retry(jobs.get(0), desk);
            Thread.sleep(lease.multipliedBy(2).toMillis());

            assertThat(other.outbox().runDue(PROMPT))
                    .as("the cancelled request still runs, past the lease")
                    .isZero();
            first.get(10, TimeUnit.SECONDS);
        }
        PushJob job = newsroom.outbox().sendUntilSettled(jobs, PROMPT).get(0);

        assertThat(job.state()).isEqualTo(PushState.DONE);
        assertThat(site.posts).hasSize(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts")).isEqualTo(1);
        assertThat(site.count("POST /wp-json/wp/v2/posts/" + job.remoteId())).isEqualTo(1);
    }

    @Test
    void theWindowsWorker_keepsLooking_whenTheStoreFailedItOnce() throws Exception {
        Article a = PushNewsroom.approved(newsroom, desk, "저장소 장애");
        List<Long> jobs = newsroom.outbox().queue(List.of(a.id()), null, desk, false);
        String db = "jdbc:sqlite:" + dir.resolve("byline.db");
        try (Connection c = DriverManager.getConnection(db);
                Statement st = c.createStatement()) {
            st.execute("ALTER TABLE push_jobs RENAME TO push_jobs_away"); // every look at the outbox fails now
        }
        newsroom.outbox().start(PROMPT, Duration.ofMillis(200));
        newsroom.outbox().wake();
        Thread.sleep(600);
        assertThat(site.posts).isEmpty();

        try (Connection c = DriverManager.getConnection(db);
                Statement st = c.createStatement()) {
            st.execute("ALTER TABLE push_jobs_away RENAME TO push_jobs");
        }

        waitFor(() -> newsroom.outbox().job(jobs.get(0)).state() == PushState.DONE);
        assertThat(site.posts).hasSize(1);
    }

    /** What the site makes of a held request it makes after the job has ended must be counted too. */
    private static void untilTheSiteHasWorkedOnIt(long start, long heldMillis) throws InterruptedException {
        long left = heldMillis + 500 - (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    /** A second run on the same store that waits ten seconds for an answer. */
    private Context patient() {
        return PushNewsroom.open(
                dir,
                Clock.systemUTC(),
                new PushTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10)));
    }

    private Transition lastLine(Article a) {
        List<Transition> history = newsroom.desk().history(a.id());
        return history.get(history.size() - 1);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, 5);
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
