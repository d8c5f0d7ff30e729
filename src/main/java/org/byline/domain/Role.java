package org.byline.domain;

import java.util.Arrays;

/**
 * What a profile may do. Reporters write and submit their own drafts; desk editors decide what
 * happens to other people's copy; an admin is a desk editor who also keeps the profiles and the
 * outlet's settings.
 */
public enum Role {
    REPORTER("reporter"),
    DESK("desk"),
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The stable name used in the store, on the command line and in JSON. */
    public String code() {
        return code;
    }

    /** Desk editors and admins approve, return, spike, publish and set embargoes. */
    public boolean isDesk() {
        return this != REPORTER;
    }

    /** A profile that can decide for the newsroom is protected by a password; a reporter's is not. */
    public boolean needsPassword() {
        return isDesk();
    }

    public static Role fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new NewsroomException("error.unknownRole", code));
    }
}
