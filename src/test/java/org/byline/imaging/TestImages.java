package org.byline.imaging;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos made in code for tests: JPEGs with EXIF and IPTC written byte by byte, progressive and
 * CMYK JPEGs, PNGs with alpha and a PNG whose header lies about its size. Every image has a red
 * top-left corner and a blue top-right one, so a test can see which way it was turned.
 */
public final class TestImages {
    public static final Color TOP_LEFT = Color.RED;
    public static final Color TOP_RIGHT = Color.BLUE;
    /** IPTC 1:90 "ESC % G": the datasets that follow are UTF-8. */
    private static final byte[] UTF8_CODED_CHARACTER_SET = {0x1B, 0x25, 0x47};

    private TestImages() {}

    /** A picture with a gradient, some noise (so it does not compress to nothing) and marked corners. */
    public static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(width * 31L + height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 40 + x * 150 / width + random.nextInt(24);
                int g = 60 + y * 150 / height + random.nextInt(24);
                int b = 90 + random.nextInt(24);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = image.createGraphics();
        int cw = Math.max(1, width / 5);
        int ch = Math.max(1, height / 5);
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, cw, ch);
        g.setColor(TOP_RIGHT);
        g.fillRect(width - cw, 0, cw, ch);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(picture(width, height, BufferedImage.TYPE_INT_RGB), false);
    }

    public static byte[] progressiveJpeg(int width, int height) {
        return jpeg(picture(width, height, BufferedImage.TYPE_INT_RGB), true);
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A CMYK JPEG with Adobe's APP14 marker, as print desks and Photoshop send them: red on the
     * left half, blue on the right. TwelveMonkeys' writer makes it; the JDK's cannot.
     */
    public static byte[] cmykJpeg(int width, int height) {
        ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
        ColorModel model = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        int[] red = {0, 255, 255, 0};
        int[] blue = {255, 255, 0, 0};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, x < width / 2 ? red : blue);
            }
        }
        return jpeg(new BufferedImage(model, raster, false, null), false);
    }

    public static byte[] png(int width, int height, boolean alpha) {
        BufferedImage image = picture(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (alpha) {
            // the right half fully transparent
            for (int y = 0; y < height; y++) {
                for (int x = width / 2; x < width; x++) {
                    image.setRGB(x, y, 0x00000000);
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A valid PNG of a few bytes whose header claims {@code width} × {@code height}: what a
     * decompression bomb looks like before anyone decodes it.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] compressed = new byte[1000];
        int n = deflater.deflate(compressed);
        chunk(out, "IDAT", Arrays.copyOf(compressed, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A {@code width} × {@code height} PNG carrying a zTXt chunk whose text inflates to
     * {@code inflatedBytes}: a small file that asks a metadata reader for that much memory.
     */
    public static byte[] pngWithTextInflatingTo(int width, int height, long inflatedBytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[64 * 1024];
        for (long fed = 0; fed < inflatedBytes; fed += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("Comment".getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(new byte[] {0, 0}); // keyword end, deflate
        data.writeBytes(compressed.toByteArray());
        byte[] png = png(width, height, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, png.length - 12); // everything before IEND
        chunk(out, "zTXt", data.toByteArray());
        out.write(png, png.length - 12, 12);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** {@code jpeg} with APP segments inserted right after its JFIF header. */
    public static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        int insertAt = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) { // keep APP0 (JFIF) first
            insertAt = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    /** What a camera writes into EXIF; a null field is left out. */
    public record Exif(
            Integer orientation,
            String dateTimeOriginal,
            String offsetTimeOriginal,
            byte[] artist,
            byte[] description) {
        public static Exif orientation(int orientation) {
            return new Exif(orientation, null, null, null, null);
        }
    }

    /** An APP1 "Exif" segment: a big-endian TIFF with IFD0 and, for the capture time, an Exif IFD. */
    public static byte[] exifSegment(Exif exif) {
        Map<Integer, Object> ifd0 = new LinkedHashMap<>();
        if (exif.description() != null) {
            ifd0.put(0x010E, exif.description());
        }
        if (exif.orientation() != null) {
            ifd0.put(0x0112, exif.orientation().shortValue());
        }
        if (exif.artist() != null) {
            ifd0.put(0x013B, exif.artist());
        }
        Map<Integer, Object> sub = new LinkedHashMap<>();
        if (exif.dateTimeOriginal() != null) {
            sub.put(0x9003, ascii(exif.dateTimeOriginal()));
        }
        if (exif.offsetTimeOriginal() != null) {
            sub.put(0x9011, ascii(exif.offsetTimeOriginal()));
        }
        int ifd0Offset = 8;
        int ifd0Size = 2 + 12 * (ifd0.size() + (sub.isEmpty() ? 0 : 1)) + 4;
        int subOffset = ifd0Offset + ifd0Size + dataSize(ifd0);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        Map<Integer, Object> ifd0WithPointer = new LinkedHashMap<>(ifd0);
        if (!sub.isEmpty()) {
            ifd0WithPointer.put(0x8769, subOffset);
        }
        tiff.writeBytes(ifd(ifd0WithPointer, ifd0Offset));
        if (!sub.isEmpty()) {
            tiff.writeBytes(ifd(sub, subOffset));
        }
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1});
        int length = 2 + 6 + body.length;
        segment.writeBytes(new byte[] {(byte) (length >> 8), (byte) length});
        segment.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.writeBytes(body);
        return segment.toByteArray();
    }

    private static byte[] ascii(String s) {
        byte[] text = s.getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(text, text.length + 1);
    }

    private static int dataSize(Map<Integer, Object> entries) {
        int size = 0;
        for (Object v : entries.values()) {
            if (v instanceof byte[] b) {
                int n = b.length > 0 && b[b.length - 1] == 0 ? b.length : b.length + 1;
                size += n > 4 ? n + n % 2 : 0;
            }
        }
        return size;
    }

    /** One IFD at {@code offset} in the TIFF, its entries followed by their out-of-line values. */
    private static byte[] ifd(Map<Integer, Object> entries, int offset) {
        ByteBuffer dir = ByteBuffer.allocate(2 + 12 * entries.size() + 4);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int dataOffset = offset + dir.capacity();
        dir.putShort((short) entries.size());
        for (Map.Entry<Integer, Object> e : entries.entrySet()) {
            dir.putShort(e.getKey().shortValue());
            Object v = e.getValue();
            if (v instanceof Short s) {
                dir.putShort((short) 3).putInt(1).putShort(s).putShort((short) 0);
            } else if (v instanceof Integer i) {
                dir.putShort((short) 4).putInt(1).putInt(i);
            } else {
                byte[] b = (byte[]) v;
                byte[] withNul = b.length > 0 && b[b.length - 1] == 0 ? b : Arrays.copyOf(b, b.length + 1);
                dir.putShort((short) 2).putInt(withNul.length);
                if (withNul.length <= 4) {
                    dir.put(Arrays.copyOf(withNul, 4));
                } else {
                    dir.putInt(dataOffset + data.size());
                    data.writeBytes(withNul);
                    if (withNul.length % 2 == 1) {
                        data.write(0);
                    }
                }
            }
        }
        dir.putInt(0);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(dir.array());
        all.writeBytes(data.toByteArray());
        return all.toByteArray();
    }

    /** IPTC datasets of record 2 by number (120 caption, 110 credit, 80 by-line, 116 copyright). */
    public static byte[] iptcSegment(Map<Integer, String> datasets, Charset charset) {
        ByteArrayOutputStream iim = new ByteArrayOutputStream();
        if (charset.equals(StandardCharsets.UTF_8)) {
            dataset(iim, 1, 90, UTF8_CODED_CHARACTER_SET);
        }
        dataset(iim, 2, 0, new byte[] {0, 4});
        datasets.forEach((number, text) -> dataset(iim, 2, number, text.getBytes(charset)));
        byte[] data = iim.toByteArray();

        ByteArrayOutputStream resource = new ByteArrayOutputStream();
        resource.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        resource.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
        resource.writeBytes(new byte[] {0x04, 0x04, 0, 0}); // IPTC-NAA, empty name padded to even
        resource.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        resource.writeBytes(data);
        if (data.length % 2 == 1) {
            resource.write(0);
        }
        byte[] body = resource.toByteArray();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xED});
        int length = body.length + 2;
        segment.writeBytes(new byte[] {(byte) (length >> 8), (byte) length});
        segment.writeBytes(body);
        return segment.toByteArray();
    }

    private static void dataset(ByteArrayOutputStream out, int record, int number, byte[] value) {
        out.writeBytes(
                new byte[] {0x1C, (byte) record, (byte) number, (byte) (value.length >> 8), (byte) value.length});
        out.writeBytes(value);
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
