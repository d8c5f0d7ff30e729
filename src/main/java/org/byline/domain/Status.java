package org.byline.domain;

import java.util.Arrays;

/** Where an article stands on its way from the reporter to the site. */
public enum Status {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    APPROVED("approved"),
    PUBLISHED("published"),
    SPIKED("spiked");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The stable name used in the store, on the command line and in JSON. */
    public String code() {
        return code;
    }

    public static Status fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new NewsroomException("error.unknownStatus", code));
    }
}
