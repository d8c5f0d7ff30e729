package org.byline.render;

/**
 * A photo as a page shows it: where its image is ({@code src}, a file URI in the preview, a
 * relative path in an export), its displayed size, and the words under it.
 */
public record PagePhoto(
        int number, String src, int width, int height, String caption, String credit, String alt, boolean lead) {
    public PagePhoto {
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        alt = alt == null || alt.isBlank() ? caption : alt;
    }
}
