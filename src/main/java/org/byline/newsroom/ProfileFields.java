package org.byline.newsroom;

import java.text.Normalizer;
import java.util.Set;
import org.byline.domain.NewsroomException;
import org.byline.exchange.PastedText;

/**
 * What a profile's name and e-mail may be. A name is who signs articles, acts with {@code --as}
 * and appears in every history line, so two names must never look alike: characters that show
 * nothing (a zero-width space makes a second 홍길동 that reads as the first), that turn the text
 * around (bidi overrides) or that a terminal obeys are refused, not quietly dropped, so the
 * person sees what they typed was wrong.
 */
final class ProfileFields {
    static final int MAX_NAME = 40;
    static final int MAX_EMAIL = 254;
    /** Hangul fillers: letters by Unicode, yet blank on screen; a favourite for invisible names. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F);

    private ProfileFields() {}

    /** The name as stored: NFC, without outer spaces, inner runs of spaces one space. */
    static String name(String typed) {
        String name = typed == null ? "" : typed;
        if (name.codePoints().anyMatch(cp -> PastedText.isInvisible(cp) || BLANK_LETTERS.contains(cp))) {
            throw new NewsroomException("people.invisibleInName");
        }
        String normal = normal(name);
        if (normal.isEmpty()) {
            throw new NewsroomException("error.nameRequired");
        }
        int length = normal.codePointCount(0, normal.length());
        if (length > MAX_NAME) {
            throw new NewsroomException("people.nameTooLong", MAX_NAME, length);
        }
        return normal;
    }

    /** How names compare: two names with the same normal form are the same person to a reader. */
    static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("\\p{Z}+", " ")
                .strip();
    }

    /** Empty (no e-mail) or one address: one @, a dot in the domain, no spaces or control characters. */
    static String email(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) {
            return email;
        }
        int at = email.indexOf('@');
        boolean wellFormed = email.length() <= MAX_EMAIL
                && at > 0
                && at == email.lastIndexOf('@')
                && email.codePoints()
                        .noneMatch(cp ->
                                Character.isWhitespace(cp) || Character.isSpaceChar(cp) || PastedText.isInvisible(cp))
                && email.indexOf('.', at) > at + 1
                && !email.endsWith(".");
        if (!wellFormed) {
            throw new NewsroomException(
                    "people.badEmail", email.length() > 60 ? email.substring(0, 60) + "…" : email, MAX_EMAIL);
        }
        return email;
    }
}
