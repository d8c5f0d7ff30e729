package org.byline.render;

import java.util.List;
import java.util.regex.Pattern;
import org.byline.domain.Outlet;

/**
 * The byline as a Korean outlet prints it: "[TV서울=홍길동 기자]" before the first paragraph and
 * "홍길동 기자" in the closing line. What the reporter types may be
 * <ul>
 *   <li>a name, "홍길동": 기자 is added;</li>
 *   <li>joint names, "홍길동·김철수" (also written "홍길동, 김철수" or "홍길동/김철수"): one 기자
 *       for all, "홍길동·김철수 기자";</li>
 *   <li>a name with its title, "홍길동 특파원", "김철수 인턴기자": kept as typed;</li>
 *   <li>a photo credit, "사진=김사진": the story is the photo's, so the lead names only the
 *       outlet, "[TV서울]", and the closing line gives the credit, "사진=김사진 기자".</li>
 * </ul>
 */
public final class Bylines {
    /** Titles a byline may end in; "인턴기자", "객원기자" and the like end in 기자. */
    private static final List<String> TITLES =
            List.of("기자", "특파원", "논설위원", "논설실장", "편집국장", "칼럼니스트", "통신원", "대기자", "PD", "앵커", "리포터");

    private static final String PHOTO = "사진=";
    /** Names (letters and spaces) joined by , / · or ㆍ. */
    private static final Pattern JOINT = Pattern.compile("[\\p{L} ]+(\\s*[,/·ㆍ]\\s*[\\p{L} ]+)+");

    private Bylines() {}

    /** The lead in the outlet's style; empty when the outlet prints none (the closing line names the reporter). */
    public static String lead(Outlet outlet, String byline) {
        String credit = closing(byline);
        String inside = credit.isEmpty() || isPhotoCredit(byline) ? outlet.name() : outlet.name() + "=" + credit;
        return switch (outlet.leadStyle()) {
            case BRACKET -> "[" + inside + "]";
            case PAREN -> "(" + inside + ")";
            case NONE -> "";
        };
    }

    /** The lead and the space after it, ready to go before the first paragraph's text ("" when none). */
    public static String before(String lead) {
        return lead.isEmpty() ? "" : lead + " ";
    }

    /** "홍길동 기자", "홍길동·김철수 기자", "홍길동 특파원", "사진=김사진 기자". */
    public static String closing(String byline) {
        String typed = byline == null ? "" : byline.strip();
        if (isPhotoCredit(typed)) {
            String who = names(typed.substring(PHOTO.length()));
            return who.isEmpty() ? "" : PHOTO + titled(who);
        }
        return titled(names(typed));
    }

    public static boolean isPhotoCredit(String byline) {
        return byline != null && byline.strip().startsWith(PHOTO);
    }

    /** Joint names with the middle dot the page prints, however they were separated; anything else as typed. */
    private static String names(String typed) {
        String names = typed.strip();
        return JOINT.matcher(names).matches() ? names.replaceAll("\\s*[,/·ㆍ]\\s*", "·") : names;
    }

    private static String titled(String names) {
        if (names.isEmpty() || TITLES.stream().anyMatch(names::endsWith)) {
            return names;
        }
        return names + " 기자";
    }
}
