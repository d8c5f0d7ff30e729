package org.byline.newsroom;

import org.byline.domain.PhotoDetails;
import org.byline.imaging.PhotoMetadata;

/**
 * What a new photo's caption, credit and alt text start as: what the reporter typed, else what the
 * photo says about itself. Credits follow the Korean newsroom form "사진=연합뉴스".
 */
final class Captions {
    private static final String CREDIT_PREFIX = "사진=";

    private Captions() {}

    static PhotoDetails prefill(PhotoDetails given, PhotoMetadata found) {
        String caption = given.caption().isBlank() ? found.caption() : given.caption();
        String credit = given.credit().isBlank() ? credit(found) : given.credit();
        String alt = given.alt().isBlank() ? caption : given.alt();
        return new PhotoDetails(caption, credit, alt);
    }

    /** The IPTC/XMP credit (an agency or office), else the photographer's by-line. */
    static String credit(PhotoMetadata found) {
        String who = !found.credit().isBlank() ? found.credit() : found.byline();
        if (who.isBlank()) {
            return "";
        }
        // "사진=영등포구청", "사진 제공=..." and "사진: ..." are already credits as the desk writes them
        return who.startsWith("사진") ? who : CREDIT_PREFIX + who;
    }
}
