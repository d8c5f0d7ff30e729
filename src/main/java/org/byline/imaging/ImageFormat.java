package org.byline.imaging;

import java.util.Arrays;
import java.util.Optional;

/** The photo formats Byline takes, told apart by their first bytes, never by the file's name. */
public enum ImageFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Enough of a file's head to recognise every format here. */
    static final int HEAD_BYTES = 8;

    private final String mediaType;
    private final byte[] magic;

    ImageFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<ImageFormat> recognise(byte[] head) {
        for (ImageFormat f : values()) {
            if (head.length >= f.magic.length && Arrays.equals(head, 0, f.magic.length, f.magic, 0, f.magic.length)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
