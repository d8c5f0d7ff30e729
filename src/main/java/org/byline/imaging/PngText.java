package org.byline.imaging;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The compressed chunks of a PNG besides its pixels, zTXt, iTXt and iCCP, inflated with a count
 * before anything else reads them: metadata-extractor inflates each one whole into memory, so a
 * 1 MB chunk that inflates to a gibibyte would exhaust the heap. Real ones are small: an XMP
 * packet or an ICC profile is at most a few megabytes.
 */
final class PngText {
    /** What all of a file's compressed text and profile chunks may inflate to together. */
    static final long MAX_INFLATED = 32L << 20;

    private static final int ZTXT = 0x7A545874;
    private static final int ITXT = 0x69545874;
    private static final int ICCP = 0x69434350;
    private static final int IEND = 0x49454E44;

    private PngText() {}

    /**
     * True when every compressed text and profile chunk inflates, within {@code maxInflated}
     * bytes together. The chunk lengths must already be known to fit the file (Completeness).
     */
    static boolean inflatesWithin(Path png, long maxInflated) throws IOException {
        long left = maxInflated;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(png), 64 * 1024))) {
            in.skipNBytes(8); // the signature
            while (true) {
                long length = in.readInt() & 0xFFFFFFFFL;
                int type = in.readInt();
                if (type == IEND) {
                    return true;
                }
                if (type != ZTXT && type != ITXT && type != ICCP) {
                    in.skipNBytes(length + 4); // data and CRC
                    continue;
                }
                byte[] data = in.readNBytes((int) length);
                in.skipNBytes(4);
                long inflated = inflate(data, compressedFrom(type, data), left);
                if (inflated < 0) {
                    return false;
                }
                left -= inflated;
            }
        } catch (EOFException e) {
            return false;
        }
    }

    /** Where the compressed bytes start in a chunk's data, or -1 when the chunk is not compressed. */
    private static int compressedFrom(int type, byte[] data) {
        int keywordEnd = indexOfZero(data, 0);
        if (keywordEnd < 0) {
            return -1;
        }
        if (type != ITXT) {
            return keywordEnd + 2; // keyword, NUL, compression method
        }
        if (keywordEnd + 2 >= data.length || data[keywordEnd + 1] == 0) {
            return -1; // an uncompressed iTXt is as large as its chunk
        }
        int languageEnd = indexOfZero(data, keywordEnd + 3);
        int translatedEnd = languageEnd < 0 ? -1 : indexOfZero(data, languageEnd + 1);
        return translatedEnd < 0 ? -1 : translatedEnd + 1;
    }

    private static int indexOfZero(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Bytes {@code data} inflates to from {@code from}; -1 past {@code max} or when it is no zlib stream. */
    private static long inflate(byte[] data, int from, long max) {
        if (from < 0 || from > data.length) {
            return 0;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            byte[] out = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(out);
                total += n;
                if (total > max) {
                    return -1;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // the stream ends early: metadata-extractor skips such a chunk
                }
            }
            return total;
        } catch (DataFormatException e) {
            return 0; // not deflate: nothing will inflate it, so it costs nothing
        } finally {
            inflater.end();
        }
    }
}
