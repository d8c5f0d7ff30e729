package org.byline.imaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a JPEG or PNG file is whole: its segments (chunks) fit in the file and its end marker is
 * there. The JDK's JPEG decoder only warns about a photo cut off in transfer and paints the rest
 * grey, so a truncated upload has to be caught here, before it is attached. Reads the file once,
 * without decoding anything.
 */
final class Completeness {
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    private Completeness() {}

    static boolean isWhole(Path file, ImageFormat format) throws IOException {
        try (Bytes in = new Bytes(FileChannel.open(file, StandardOpenOption.READ))) {
            return switch (format) {
                case JPEG -> jpegIsWhole(in);
                case PNG -> pngIsWhole(in);
            };
        }
    }

    /** Walks the marker segments; after each scan, looks for the next marker in the entropy-coded data. */
    private static boolean jpegIsWhole(Bytes in) throws IOException {
        in.skip(2); // SOI, checked by the caller
        int marker = nextMarker(in);
        while (marker >= 0) {
            if (marker == EOI) {
                return true;
            }
            if (isStandalone(marker)) {
                marker = nextMarker(in);
                continue;
            }
            int length = in.u16();
            if (length < 2 || !in.skip(length - 2L)) {
                return false;
            }
            marker = marker == SOS ? markerAfterScan(in) : nextMarker(in);
        }
        return false;
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /** The marker where a segment should start: 0xFF (any fill bytes) then its code, else -1. */
    private static int nextMarker(Bytes in) throws IOException {
        if (in.read() != 0xFF) {
            return -1;
        }
        int b;
        do {
            b = in.read();
        } while (b == 0xFF);
        return b;
    }

    /** Entropy-coded data escapes 0xFF as 0xFF00 and interleaves restart markers; anything else ends it. */
    private static int markerAfterScan(Bytes in) throws IOException {
        int b = in.read();
        while (b >= 0) {
            if (b != 0xFF) {
                b = in.read();
                continue;
            }
            do {
                b = in.read();
            } while (b == 0xFF);
            if (b > 0 && !(b >= 0xD0 && b <= 0xD7)) {
                return b;
            }
        }
        return -1;
    }

    private static boolean pngIsWhole(Bytes in) throws IOException {
        in.skip(8); // signature, checked by the caller
        while (true) {
            long length = in.u32();
            long type = in.u32();
            if (length < 0 || type < 0 || length > Integer.MAX_VALUE) {
                return false;
            }
            if (type == 0x49454E44L) { // IEND
                return true;
            }
            if (!in.skip(length + 4)) { // data and CRC
                return false;
            }
        }
    }

    /** A file read forwards through one buffer; skips seek instead of reading. */
    private static final class Bytes implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).flip();
        private long bufferEnd;

        Bytes(FileChannel channel) {
            this.channel = channel;
        }

        int read() throws IOException {
            if (!buffer.hasRemaining()) {
                buffer.clear();
                channel.position(bufferEnd);
                int n = channel.read(buffer);
                buffer.flip();
                if (n <= 0) {
                    return -1;
                }
                bufferEnd += n;
            }
            return buffer.get() & 0xFF;
        }

        int u16() throws IOException {
            int hi = read();
            int lo = read();
            return hi < 0 || lo < 0 ? -1 : (hi << 8) | lo;
        }

        long u32() throws IOException {
            int hi = u16();
            int lo = u16();
            return hi < 0 || lo < 0 ? -1 : ((long) hi << 16) | lo;
        }

        /** @return false when the file ends before {@code n} more bytes */
        boolean skip(long n) throws IOException {
            if (n <= buffer.remaining()) {
                buffer.position(buffer.position() + (int) n);
                return true;
            }
            long target = bufferEnd + (n - buffer.remaining());
            buffer.clear().flip();
            bufferEnd = target;
            return target <= channel.size();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
