package org.byline.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.byline.domain.NewsroomTime;

/** Times as the site prints them: Korean Standard Time, "2019.07.12 09:39:39". */
public final class SiteTime {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss").withZone(NewsroomTime.ZONE);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(NewsroomTime.ZONE);

    private SiteTime() {}

    public static String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
