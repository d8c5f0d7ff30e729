package org.byline.imaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Text fields that do not say their encoding (IPTC without a coded character set, EXIF "ASCII"):
 * UTF-8 when the bytes are valid UTF-8, else the Korean Windows code page, which Korean cameras and
 * Photoshop on Korean Windows write. Only when neither fits is it read as Latin-1. The platform's
 * default charset is never consulted: the same photo must read the same on every desk.
 */
final class LegacyText {
    /** CP949 (Unified Hangul Code) is EUC-KR plus the 8,822 syllables EUC-KR lacks (똠, 햏 ...). */
    static final Charset KOREAN = korean();

    private LegacyText() {}

    static String decode(byte[] raw) {
        byte[] bytes = withoutTrailingNuls(raw);
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, KOREAN);
        }
        if (text == null) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    static String decodeUtf8(byte[] raw) {
        return new String(withoutTrailingNuls(raw), StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] withoutTrailingNuls(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }

    private static Charset korean() {
        try {
            return Charset.forName("x-windows-949");
        } catch (UnsupportedCharsetException e) {
            return Charset.forName("EUC-KR"); // a runtime linked without jdk.charsets
        }
    }
}
