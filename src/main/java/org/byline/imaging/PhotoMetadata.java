package org.byline.imaging;

import java.time.Instant;

/**
 * What a photo says about itself in its IPTC, XMP or EXIF fields. Empty strings where it says
 * nothing; {@code capturedAt} null when it has no capture time; {@code orientation} 1 to 8 as EXIF
 * numbers them (1 = upright as stored).
 */
public record PhotoMetadata(
        String caption, String credit, String byline, String copyright, Instant capturedAt, int orientation) {
    public static final PhotoMetadata NONE = new PhotoMetadata("", "", "", "", null, 1);

    public PhotoMetadata {
        caption = clean(caption);
        credit = clean(credit);
        byline = clean(byline);
        copyright = clean(copyright);
        orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    }

    /** True when the stored pixels are turned a quarter: width and height swap on display. */
    public boolean swapsSides() {
        return orientation >= 5;
    }

    /** IPTC fields from old Mac tools end lines with a bare CR; padding spaces are common. */
    private static String clean(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
