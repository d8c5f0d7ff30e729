package org.byline.imaging;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text datasets of an IPTC-IIM block as Photoshop stores it in a JPEG (APP13, resource
 * 0x0404), decoded by Byline rather than by metadata-extractor: without a coded character set
 * (1:90) that library decodes with the platform's default charset and then Latin-1, which turns
 * EUC-KR captions into mojibake ("°¡³ª´Ù") on any machine not set to Korean, and it keeps no raw
 * bytes to decode again. With 1:90 = ESC % G the text is UTF-8; without it, see {@link LegacyText}.
 */
final class IptcRecords {
    static final int CODED_CHARACTER_SET = 0x015A; // 1:90
    static final int BY_LINE = 0x0250; // 2:80
    static final int CREDIT = 0x026E; // 2:110
    static final int SOURCE = 0x0273; // 2:115
    static final int COPYRIGHT_NOTICE = 0x0274; // 2:116
    static final int CAPTION = 0x0278; // 2:120

    private static final byte[] UTF8_DECLARATION = {0x1B, 0x25, 0x47};
    private static final byte[] PHOTOSHOP = "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int IPTC_RESOURCE = 0x0404;

    private final Map<Integer, byte[]> first = new HashMap<>();

    private IptcRecords() {}

    /** The IPTC of a JPEG file; none when it has no Photoshop APP13 segment or it cannot be read. */
    static IptcRecords ofJpeg(Path file) {
        try {
            JpegSegmentData segments = JpegSegmentReader.readSegments(file.toFile(), List.of(JpegSegmentType.APPD));
            // a large resource block continues over several APP13 segments: join their payloads
            ByteArrayOutputStream resources = new ByteArrayOutputStream();
            for (byte[] segment : segments.getSegments(JpegSegmentType.APPD)) {
                if (segment.length > PHOTOSHOP.length
                        && Arrays.equals(segment, 0, PHOTOSHOP.length, PHOTOSHOP, 0, PHOTOSHOP.length)) {
                    resources.write(segment, PHOTOSHOP.length, segment.length - PHOTOSHOP.length);
                }
            }
            return parse(iptcResource(resources.toByteArray()));
        } catch (JpegProcessingException | IOException | RuntimeException e) {
            return parse(new byte[0]);
        }
    }

    /** Walks Photoshop's "8BIM" image resources to the IPTC one. */
    private static byte[] iptcResource(byte[] r) {
        int pos = 0;
        while (pos + 12 <= r.length && r[pos] == '8' && r[pos + 1] == 'B' && r[pos + 2] == 'I' && r[pos + 3] == 'M') {
            int id = ((r[pos + 4] & 0xFF) << 8) | (r[pos + 5] & 0xFF);
            int nameLength = r[pos + 6] & 0xFF;
            pos += 6 + ((1 + nameLength + 1) & ~1); // the name is a Pascal string padded to an even size
            if (pos + 4 > r.length) {
                break;
            }
            long size = ((r[pos] & 0xFFL) << 24)
                    | ((r[pos + 1] & 0xFF) << 16)
                    | ((r[pos + 2] & 0xFF) << 8)
                    | (r[pos + 3] & 0xFF);
            pos += 4;
            if (size > r.length - pos) {
                break;
            }
            if (id == IPTC_RESOURCE) {
                return Arrays.copyOfRange(r, pos, pos + (int) size);
            }
            pos += (int) ((size + 1) & ~1L);
        }
        return new byte[0];
    }

    /** Reads the datasets of {@code iim}; stops quietly where the block is damaged. */
    static IptcRecords parse(byte[] iim) {
        IptcRecords records = new IptcRecords();
        int pos = 0;
        while (pos + 5 <= iim.length && iim[pos] == 0x1C) {
            int tag = ((iim[pos + 1] & 0xFF) << 8) | (iim[pos + 2] & 0xFF);
            int length = ((iim[pos + 3] & 0xFF) << 8) | (iim[pos + 4] & 0xFF);
            pos += 5;
            if ((length & 0x8000) != 0) { // extended dataset: the next (length & 0x7FFF) bytes hold the length
                int lengthOfLength = length & 0x7FFF;
                if (lengthOfLength > 4 || pos + lengthOfLength > iim.length) {
                    break;
                }
                length = 0;
                for (int i = 0; i < lengthOfLength; i++) {
                    length = (length << 8) | (iim[pos++] & 0xFF);
                }
            }
            // compared as "what is left", never as pos + length: a length near 2^31 overflows that sum,
            // passes the check, and the allocation below then asks for gigabytes
            if (length < 0 || length > iim.length - pos) {
                break;
            }
            byte[] value = new byte[length];
            System.arraycopy(iim, pos, value, 0, length);
            records.first.putIfAbsent(tag, value); // repeated datasets (several by-lines): the first one
            pos += length;
        }
        return records;
    }

    /** The text of a dataset, or "" when the block does not have it. */
    String text(int tag) {
        byte[] value = first.get(tag);
        if (value == null) {
            return "";
        }
        return declaresUtf8() ? LegacyText.decodeUtf8(value) : LegacyText.decode(value);
    }

    private boolean declaresUtf8() {
        byte[] charset = first.get(CODED_CHARACTER_SET);
        return charset != null
                && charset.length >= 3
                && charset[0] == UTF8_DECLARATION[0]
                && charset[1] == UTF8_DECLARATION[1]
                && charset[2] == UTF8_DECLARATION[2];
    }
}
