package org.byline.domain;

/**
 * The news outlet the articles are written for: its name goes into every byline lead
 * ("[TV서울=홍길동 기자]") and the footer; the masthead and site address head the page.
 */
public record Outlet(String name, String masthead, String siteAddress, String footer, LeadStyle leadStyle) {
    public static final String DEFAULT_NAME = "바이라인뉴스";
    public static final String DEFAULT_SITE = "https://www.example.com";

    /** How the byline opens the first paragraph: [TV서울=홍길동 기자], (TV서울=홍길동 기자), or not at all. */
    public enum LeadStyle {
        BRACKET("bracket"),
        PAREN("paren"),
        NONE("none");

        private final String code;

        LeadStyle(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The style with this code, or null. */
        public static LeadStyle fromCode(String code) {
            for (LeadStyle s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return null;
        }
    }

    public Outlet(String name, String masthead, String siteAddress, String footer) {
        this(name, masthead, siteAddress, footer, LeadStyle.BRACKET);
    }

    public Outlet {
        leadStyle = leadStyle == null ? LeadStyle.BRACKET : leadStyle;
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        masthead = masthead == null || masthead.isBlank() ? name : masthead.strip();
        siteAddress = siteAddress == null || siteAddress.isBlank() ? DEFAULT_SITE : siteAddress.strip();
        footer = footer == null || footer.isBlank() ? defaultFooter(name) : footer.strip();
    }

    public static Outlet named(String name) {
        return new Outlet(name, null, null, null);
    }

    public static String defaultFooter(String outletName) {
        return "저작권자 © " + outletName + " 무단전재 및 재배포 금지";
    }
}
