package org.byline.domain;

import java.util.List;

/**
 * A failure a user can cause or meet (unknown id, stale version, locked store ...). It carries a
 * message key and arguments instead of text so the window and the command line can say it in the
 * user's language.
 */
public class NewsroomException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public NewsroomException(String key, Object... args) {
        this(key, null, args);
    }

    public NewsroomException(String key, Throwable cause, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
