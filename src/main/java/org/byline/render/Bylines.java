package org.byline.render;

import org.byline.domain.Outlet;

/** The byline as a Korean outlet prints it: "[TV서울=홍길동 기자]" before the first paragraph. */
public final class Bylines {
    private Bylines() {
    }

    public static String lead(Outlet outlet, String byline) {
        if (byline == null || byline.isBlank()) {
            return "[" + outlet.name() + "]";
        }
        return "[" + outlet.name() + "=" + closing(byline) + "]";
    }

    /** "홍길동 기자"; a byline that already names a title (특파원, 기자 ...) is kept as it is. */
    public static String closing(String byline) {
        String name = byline == null ? "" : byline.strip();
        if (name.isEmpty() || name.endsWith("기자") || name.endsWith("특파원") || name.startsWith("사진=")) {
            return name;
        }
        return name + " 기자";
    }
}
