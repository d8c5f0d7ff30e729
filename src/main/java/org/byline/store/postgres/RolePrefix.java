package org.byline.store.postgres;

import java.util.Locale;

/**
 * The start of every role name of one newsroom ({@code <prefix>_reporter}, {@code <prefix>_p12}):
 * roles belong to the whole server, so newsrooms (and the bench's databases) sharing one keep
 * apart by it. Made from the database's name, since that is already unique on the server.
 */
final class RolePrefix {
    /** PostgreSQL cuts names at 63 bytes; this leaves room for "_reporter" and a person's "_p" + id. */
    static final int MAX_LENGTH = 40;

    private RolePrefix() {}

    static String of(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < lower.length() && prefix.length() < MAX_LENGTH; i++) {
            char c = lower.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            prefix.append(plain ? c : '_');
        }
        // a name in Hangul leaves only underscores; unquoted identifiers must not start with a digit
        if (prefix.chars().noneMatch(Character::isLetterOrDigit)) {
            return "byline";
        }
        return Character.isDigit(prefix.charAt(0)) ? "n" + prefix : prefix.toString();
    }

    /** The group role of a Byline role code (reporter, desk, admin). */
    static String group(String prefix, String roleCode) {
        return prefix + "_" + roleCode;
    }
}
