package org.byline.domain;

import java.util.Arrays;

/** How a site takes articles. */
public enum SiteType {
    WORDPRESS("wordpress"),
    NINJS("ninjs");

    private final String code;

    SiteType(String code) {
        this.code = code;
    }

    /** The stable name used in the store and on the command line. */
    public String code() {
        return code;
    }

    public static SiteType fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new NewsroomException("push.unknownSiteType", code));
    }
}
