package org.byline.domain;

import java.time.Instant;

/**
 * A photo attached to an article. The original file is kept as it came, named by its SHA-256;
 * {@code width} and {@code height} are as the photo is displayed, after its EXIF orientation.
 * {@code position} orders the photos of one article from 1 ("[[사진1]]" in the body).
 */
public record Photo(
        long id,
        long articleId,
        int position,
        String sha256,
        String originalName,
        String mediaType,
        int width,
        int height,
        int orientation,
        String caption,
        String credit,
        String alt,
        String byline,
        String copyright,
        Instant capturedAt,
        boolean lead) {

    public Photo {
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        alt = alt == null ? "" : alt;
        byline = byline == null ? "" : byline;
        copyright = copyright == null ? "" : copyright;
    }

    public PhotoDetails details() {
        return new PhotoDetails(caption, credit, alt);
    }
}
