package org.byline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SiteHttpTest {
    @Test
    void retryAfter_inSecondsOrAsADate_isRead_andCappedAtAnHour() {
        assertThat(SiteHttp.retryAfter("120")).contains(Duration.ofSeconds(120));
        assertThat(SiteHttp.retryAfter("99999999")).contains(SiteHttp.LONGEST_RETRY_AFTER);
        assertThat(SiteHttp.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO); // a date gone by: now
        assertThat(SiteHttp.retryAfter("soon")).isEmpty();
        assertThat(SiteHttp.retryAfter("")).isEmpty();
    }
}
