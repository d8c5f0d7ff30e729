package org.byline.domain;

import java.time.ZoneId;

/**
 * The newsroom's clock: Korean Standard Time. A Seoul outlet's 등록 and 수정 times, embargoes,
 * the queue, the save time in the status bar and file names all read in it, so a correspondent
 * abroad, or a workstation left on UTC, sees the same times as the desk and the readers.
 */
public final class NewsroomTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private NewsroomTime() {}
}
