package org.byline.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Role;
import org.byline.domain.SiteType;
import org.byline.imaging.TestImages;

/**
 * A newsroom on a temporary store that pushes to a {@link WordPressStandIn}: 홍길동 writes, 이데스크
 * approves and pushes. Timeouts are a second so a slow answer costs a second.
 */
public final class PushNewsroom {
    public static final String DESK_PASSWORD = "lee-desk-2026";
    public static final String APP_PASSWORD = "abcd EFGH 1234 ijkl";
    public static final PushTimeouts QUICK =
            new PushTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
    /** Retries after tens of milliseconds: the tests care about what is retried, not how long it waits. */
    public static final RetryPolicy PROMPT = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 5);

    private PushNewsroom() {}

    public static Context open(Path dir, Clock clock, PushTimeouts timeouts) {
        return new Context(dir, Locale.KOREAN, clock, timeouts);
    }

    /** Profiles, the outlet and the site; returns the desk editor. */
    public static Person setUp(Context c, WordPressStandIn site) {
        c.staff().addReporter("홍길동", "hong@tvseoul.kr");
        Person desk = c.staff().add("이데스크", "desk@tvseoul.kr", Role.DESK, DESK_PASSWORD.toCharArray(), null);
        c.settings().set("outlet.name", "TV서울", null);
        c.sites().add("우리뉴스", SiteType.WORDPRESS, site.url(), "editor", APP_PASSWORD.toCharArray(), null);
        return desk;
    }

    /** An approved article by 홍길동 with two photos, the second the lead, the first placed in the body. */
    public static Article approvedWithPhotos(Context c, Person desk, Path dir, String headline) throws IOException {
        Person hong = c.staff().named("홍길동");
        Article a = c.drafting()
                .create(
                        new ArticleContent(
                                headline,
                                "구의회 본회의 통과",
                                "사회",
                                List.of("구의회", "예산"),
                                "영등포구의회가 27일 예산안을 확정했다.\n\n[[사진1]]\n\n의원들은 <b>만장일치</b>로 찬성했다."),
                        hong);
        Path photos = Files.createDirectories(dir.resolve("incoming-" + a.id()));
        Path one = TestImages.write(photos.resolve("본회의.jpg"), TestImages.jpeg(320, 200 + (int) a.id()));
        Path two = TestImages.write(photos.resolve("의장.jpg"), TestImages.jpeg(300, 240 + (int) a.id()));
        c.photos().attach(a.id(), List.of(one), new PhotoDetails("본회의 모습", "영등포구의회", "본회의장에 앉은 의원들"), false);
        c.photos().attach(a.id(), List.of(two), new PhotoDetails("의장 <발언>", "영등포구의회", "발언하는 의장"), true);
        c.desk().submit(a.id(), hong);
        return c.desk().approve(a.id(), desk);
    }

    public static Article approved(Context c, Person desk, String headline) {
        Person hong = c.staff().named("홍길동");
        Article a =
                c.drafting().create(new ArticleContent(headline, "", "정치", List.of("선거"), headline + " 소식이다."), hong);
        c.desk().submit(a.id(), hong);
        return c.desk().approve(a.id(), desk);
    }
}
