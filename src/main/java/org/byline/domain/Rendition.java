package org.byline.domain;

/** The sizes the site serves, by width in pixels; a photo is never scaled up. */
public enum Rendition {
    THUMBNAIL("thumbnail", 220),
    VIEW("view", 640),
    BASE("base", 1400);

    private final String code;
    private final int width;

    Rendition(String code, int width) {
        this.code = code;
        this.width = width;
    }

    public String code() {
        return code;
    }

    public int width() {
        return width;
    }
}
