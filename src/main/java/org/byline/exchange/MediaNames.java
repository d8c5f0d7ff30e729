package org.byline.exchange;

import org.byline.domain.Photo;
import org.byline.domain.Rendition;

/**
 * What photo files are called outside the newsroom: the same names on the site, in an HTML
 * folder and in a package. The original's name is a contract with the package import: it is
 * {@code <sha256>.<ext>} of the stored file, and a package keeps it under {@code media/}.
 */
public final class MediaNames {
    /** Where a package keeps the photo originals. */
    public static final String MEDIA_FOLDER = "media";
    /** Where an HTML folder or a package keeps the renditions its page shows. */
    public static final String PHOTO_FOLDER = "photos";

    private MediaNames() {}

    /** "ab12….jpg" or "ab12….png": the original as it was attached. */
    public static String original(Photo photo) {
        return photo.sha256() + "." + extension(photo.mediaType());
    }

    /** "ab12…-view.jpg": renditions are always JPEG. */
    public static String rendition(Photo photo, Rendition size) {
        return photo.sha256() + "-" + size.code() + ".jpg";
    }

    public static String extension(String mediaType) {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }
}
