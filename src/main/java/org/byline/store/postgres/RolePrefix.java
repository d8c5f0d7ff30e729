package org.byline.store.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The start of every role name of one newsroom ({@code <prefix>_reporter}, {@code <prefix>_p12}):
 * roles belong to the whole server, so newsrooms (and the bench's databases) sharing one keep
 * apart by it. Made from the database's name, which is unique on the server; where the name had to
 * be changed to make a role name of it, a short mark of the whole name keeps it unique.
 */
final class RolePrefix {
    /** PostgreSQL cuts names at 63 bytes; this leaves room for "_reporter" and a person's "_p" + id. */
    static final int MAX_LENGTH = 40;

    private RolePrefix() {}

    static String of(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        StringBuilder prefix = new StringBuilder();
        boolean changed = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            prefix.append(plain ? c : '_');
            changed |= !plain;
        }
        // a name in Hangul leaves only underscores; unquoted identifiers must not start with a
        // digit; and PostgreSQL keeps every role name that starts with pg_ for itself
        String base = prefix.chars().noneMatch(Character::isLetterOrDigit) ? "byline" : prefix.toString();
        if (Character.isDigit(base.charAt(0)) || base.startsWith("pg_")) {
            base = "n" + base;
        }
        // two names that differ only where letters were replaced (뉴스룸 and 편집국, a-b and a_b)
        // must not share roles: then the prefix carries a short mark of the whole name
        if (changed || base.length() > MAX_LENGTH) {
            String mark = "_" + shortHash(database);
            base = base.substring(0, Math.min(base.length(), MAX_LENGTH - mark.length())) + mark;
        }
        return base;
    }

    private static String shortHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The group role of a Byline role code (reporter, desk, admin). */
    static String group(String prefix, String roleCode) {
        return prefix + "_" + roleCode;
    }
}
