package org.byline.exchange.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.byline.domain.NewsroomException;

/**
 * The bytes of an imported file as text. Korean files come as UTF-8 (with or without a BOM),
 * UTF-16 with a BOM, or EUC-KR/CP949 from older Windows tools and sites; a saved HTML page may say
 * which in its meta charset. Decoders are strict: a byte sequence that is not valid in an encoding
 * rules that encoding out, instead of turning into replacement characters, so EUC-KR is never read
 * as mangled UTF-8. Anything no decoder accepts is refused, as is binary content.
 */
public final class TextDecoding {
    /** CP949 (Windows "통합형 한글"), a superset of EUC-KR: every EUC-KR file decodes with it. */
    static final Charset CP949 = Charset.forName("x-windows-949");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]{2,40})", Pattern.CASE_INSENSITIVE);

    private TextDecoding() {}

    /**
     * @throws NewsroomException import.binary for binary content, import.unknownEncoding when no
     *                           supported encoding reads the bytes
     */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8).orElseThrow(TextDecoding::unknown);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checkedText(strictly(bytes, 2, StandardCharsets.UTF_16BE).orElseThrow(TextDecoding::unknown));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checkedText(strictly(bytes, 2, StandardCharsets.UTF_16LE).orElseThrow(TextDecoding::unknown));
        }
        if (hasNul(bytes)) {
            throw new NewsroomException("import.binary");
        }
        for (Charset charset : candidates(bytes)) {
            var text = strictly(bytes, 0, charset);
            if (text.isPresent()) {
                return checkedText(text.get());
            }
        }
        throw unknown();
    }

    /** The charset an HTML page declares, then UTF-8, then CP949. */
    private static List<Charset> candidates(byte[] bytes) {
        List<Charset> order = new ArrayList<>();
        declared(bytes).ifPresent(order::add);
        for (Charset c : List.of(StandardCharsets.UTF_8, CP949)) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        return order;
    }

    /** A page's own meta charset, read from its first bytes as ASCII; EUC-KR is read as CP949, its superset. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            if (!Charset.isSupported(name)) {
                return Optional.empty();
            }
            Charset c = Charset.forName(name);
            if (c.equals(Charset.forName("EUC-KR")) || name.equals("ks_c_5601-1987")) {
                return Optional.of(CP949);
            }
            // a page cannot declare UTF-16 in ASCII bytes truthfully; a BOM would have said so
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? Optional.empty() : Optional.of(c);
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Text has lines, not control characters: more than a few of them mean a binary file read as text. */
    private static String checkedText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0
                    || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 8 + text.length() / 200) {
            throw new NewsroomException("import.binary");
        }
        return text;
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 65_536);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static NewsroomException unknown() {
        return new NewsroomException("import.unknownEncoding");
    }
}
