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

    /** The width this size gives {@code photo}: never wider than the photo itself. */
    public int widthOf(Photo photo) {
        return Math.min(photo.width(), width);
    }

    /** The height at {@link #widthOf}, keeping the photo's proportions. */
    public int heightOf(Photo photo) {
        return (int) Math.round(photo.height() * (widthOf(photo) / (double) photo.width()));
    }
}
