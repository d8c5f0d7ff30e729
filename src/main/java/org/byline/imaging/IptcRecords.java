package org.byline.imaging;

import java.util.HashMap;
import java.util.Map;

/**
 * The text datasets of an IPTC-IIM block as Photoshop stores it (resource 0x0404), decoded by
 * Byline rather than by metadata-extractor: without a coded character set (1:90) that library
 * decodes with the platform's default charset, which turns EUC-KR captions into mojibake on any
 * machine not set to Korean. With 1:90 = ESC % G the text is UTF-8; without it, see {@link LegacyText}.
 */
final class IptcRecords {
    static final int CODED_CHARACTER_SET = 0x015A; // 1:90
    static final int BY_LINE = 0x0250;             // 2:80
    static final int CREDIT = 0x026E;              // 2:110
    static final int SOURCE = 0x0273;              // 2:115
    static final int COPYRIGHT_NOTICE = 0x0274;    // 2:116
    static final int CAPTION = 0x0278;             // 2:120

    private static final byte[] UTF8_DECLARATION = {0x1B, 0x25, 0x47};

    private final Map<Integer, byte[]> first = new HashMap<>();

    private IptcRecords() {
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
            if (length < 0 || pos + length > iim.length) {
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
        return charset != null && charset.length >= 3 && charset[0] == UTF8_DECLARATION[0]
                && charset[1] == UTF8_DECLARATION[1] && charset[2] == UTF8_DECLARATION[2];
    }
}
