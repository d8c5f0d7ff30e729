package org.byline.domain;

import java.util.Arrays;

/**
 * Where a push job stands: waiting its turn (or its next attempt), on its way, arrived, given up
 * for good, or called off by the desk. Done, failed and cancelled are final until someone retries.
 */
public enum PushState {
    QUEUED("queued"),
    SENDING("sending"),
    DONE("done"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String code;

    PushState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** No more sending happens on its own: the job arrived, failed for good or was called off. */
    public boolean isSettled() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    public static PushState fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no push state " + code));
    }
}
