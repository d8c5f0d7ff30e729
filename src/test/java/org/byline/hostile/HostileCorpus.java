package org.byline.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Writes the hostile-input corpus under src/test/resources/hostile/ (see the README there). Uses the
 * JDK only and is deterministic: run it again and the files come out byte for byte the same.
 *
 * <pre>java src/test/java/org/byline/hostile/HostileCorpus.java src/test/resources/hostile</pre>
 */
public final class HostileCorpus {
    /** What a hostile writer puts in every field: script, handlers, javascript: and data: links. */
    static final String XSS =
            "<script>alert(1)</script><img src=x onerror=alert(2)><iframe src=\"javascript:alert(3)\"></iframe>"
                    + "<a href=\"javascript:alert(4)\">x</a><svg onload=alert(5)>";

    static final String ESCAPES = "\u001b[2J\u001b]0;owned\u0007\u001b[31m빨강\u001b[0m\u0007";

    private final Path out;

    private HostileCorpus(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile");
        Files.createDirectories(out);
        new HostileCorpus(out).all();
    }

    private void all() throws Exception {
        photos();
        zips();
        pages();
        ninjs();
        texts();
        arguments();
    }

    // ------------------------------------------------------------------ photos

    static byte[] jpeg(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return write(image, "jpg");
    }

    static byte[] png(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with these segments placed right after its SOI marker. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(jpeg, 0, 2);
        for (byte[] s : segments) {
            b.writeBytes(s);
        }
        b.write(jpeg, 2, jpeg.length - 2);
        return b.toByteArray();
    }

    static byte[] segment(int marker, byte[] payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(marker);
        int len = payload.length + 2;
        b.write(len >> 8);
        b.write(len & 0xFF);
        b.writeBytes(payload);
        return b.toByteArray();
    }

    static byte[] iptc(int record, int dataset, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x1C);
        b.write(record);
        b.write(dataset);
        b.write(v.length >> 8);
        b.write(v.length & 0xFF);
        b.writeBytes(v);
        return b.toByteArray();
    }

    /** An APP13 Photoshop segment holding one 8BIM 0x0404 (IPTC) resource of this declared size. */
    static byte[] app13(byte[] iptcData, long declaredSize) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
        b.write(0x04);
        b.write(0x04);
        b.write(0);
        b.write(0);
        b.writeBytes(ByteBuffer.allocate(4).putInt((int) declaredSize).array());
        b.writeBytes(iptcData);
        if (iptcData.length % 2 == 1) {
            b.write(0);
        }
        return segment(0xED, b.toByteArray());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** Big-endian TIFF bytes for an EXIF APP1. */
    static byte[] exif(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    }

    static byte[] u16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    static byte[] u32(long v) {
        return ByteBuffer.allocate(4).putInt((int) v).array();
    }

    static byte[] tiffHeader(long firstIfd) {
        return concat(new byte[] {'M', 'M', 0, 42}, u32(firstIfd));
    }

    static byte[] ifdEntry(int tag, int type, long count, long valueOrOffset) {
        return concat(u16(tag), u16(type), u32(count), u32(valueOrOffset));
    }

    /** A JPEG whose SOF0 frame header says w × h. */
    static byte[] jpegClaiming(int w, int h) {
        byte[] j = jpeg(16, 16);
        for (int i = 2; i + 8 < j.length; i++) {
            if ((j[i] & 0xFF) == 0xFF && (j[i + 1] & 0xFF) == 0xC0) {
                j[i + 5] = (byte) (h >> 8);
                j[i + 6] = (byte) h;
                j[i + 7] = (byte) (w >> 8);
                j[i + 8] = (byte) w;
                return j;
            }
        }
        throw new IllegalStateException("no SOF0");
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return concat(u32(data.length), t, data, u32(crc.getValue()));
    }

    static byte[] zlib(byte[] fill, long total) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(b, new Deflater(9), 1 << 16)) {
            for (long n = 0; n < total; n += fill.length) {
                z.write(fill, 0, (int) Math.min(fill.length, total - n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** A PNG with these chunks placed right after IHDR. */
    static byte[] pngWith(byte[] png, byte[]... chunks) {
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(png, 0, afterIhdr);
        for (byte[] c : chunks) {
            b.writeBytes(c);
        }
        b.write(png, afterIhdr, png.length - afterIhdr);
        return b.toByteArray();
    }

    /** A PNG that says w × h (bit depth, colour type) and holds rows of zeros for all of it. */
    static byte[] pngClaiming(int w, int h, int depth, int colourType, boolean fullData) {
        byte[] ihdr = concat(u32(w), u32(h), new byte[] {(byte) depth, (byte) colourType, 0, 0, 0});
        int rowBytes = (int) ((long) w * depth / 8 + 1);
        byte[] idat = fullData ? zlib(new byte[rowBytes], (long) rowBytes * h) : zlib(new byte[64], 64);
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", ihdr),
                chunk("IDAT", idat),
                chunk("IEND", new byte[0]));
    }

    static final byte[] GIF = {
        'G',
        'I',
        'F',
        '8',
        '9',
        'a',
        1,
        0,
        1,
        0,
        (byte) 0x80,
        0,
        0,
        (byte) 0xFF,
        (byte) 0xFF,
        (byte) 0xFF,
        0,
        0,
        0,
        0x21,
        (byte) 0xF9,
        4,
        1,
        0,
        0,
        0,
        0,
        0x2C,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        0,
        0,
        2,
        2,
        0x44,
        1,
        0,
        0x3B
    };

    static final String SVG =
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" "
                    + "onload=\"alert(1)\"><script>alert(document.domain)</script><rect width=\"100\" height=\"100\"/></svg>\n";

    static byte[] xmp(String description) {
        String packet = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" "
                + "photoshop:Credit=\"&xxe;\"><dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + description
                + "&g;</rdf:li></rdf:Alt></dc:description><dc:creator><rdf:Seq><rdf:li>&xxe;</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return segment(
                0xE1,
                concat(
                        "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                        packet.getBytes(StandardCharsets.UTF_8)));
    }

    private void photos() throws IOException {
        byte[] jpeg = jpeg(64, 48);
        byte[] png = png(32, 24);
        String xssEsc = XSS.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
        put("photo-zero-byte.jpg", new byte[0]);
        put("photo-zero-byte.png", new byte[0]);
        put("photo-truncated-half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        put("photo-truncated-header.jpg", Arrays.copyOf(jpeg, 3));
        put("photo-truncated.png", Arrays.copyOf(png, 40));
        byte[] wrongMagic = jpeg.clone();
        wrongMagic[0] = 'M';
        wrongMagic[1] = 'Z';
        put("photo-wrong-magic.jpg", wrongMagic);
        put("photo-png-renamed.jpg", png);
        put("photo-jpeg-renamed.png", jpeg);
        put("photo-svg-script-renamed.jpg", SVG.getBytes(StandardCharsets.UTF_8));
        put(
                "photo-html-renamed.jpg",
                ("<!doctype html><html><body onload=alert(1)>" + XSS + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        put("photo-gif.gif", GIF);
        put("photo-gif-renamed.jpg", GIF);
        put("photo-zip-renamed.jpg", zipOf(linked("article.json", "{}".getBytes(StandardCharsets.UTF_8))));
        put(
                "photo-jpeg-with-trailing-html.jpg",
                concat(jpeg, ("<html><script>alert(1)</script></html>").getBytes(StandardCharsets.UTF_8)));
        put("photo-dimensions-65535.jpg", jpegClaiming(65535, 65535));
        put("photo-dimensions-zero.jpg", jpegClaiming(0, 0));
        put("photo-dimensions-65535.png", pngClaiming(65535, 65535, 8, 2, false));
        put("photo-dimensions-int-max.png", pngClaiming(0x7FFFFFFF, 0x7FFFFFFF, 8, 6, false));
        put("photo-pixel-bomb-1bit.png", pngClaiming(20000, 20000, 1, 0, true));
        byte[] badCrc = png.clone();
        badCrc[8 + 4 + 4 + 13] ^= 0x55;
        put("photo-bad-crc.png", badCrc);
        put(
                "photo-ztxt-bomb.png",
                pngWith(
                        png,
                        chunk(
                                "zTXt",
                                concat(
                                        "Comment\0".getBytes(StandardCharsets.US_ASCII),
                                        new byte[] {0},
                                        zlib("a".repeat(4096).getBytes(StandardCharsets.US_ASCII), 100L << 20)))));
        put(
                "photo-iccp-bomb.png",
                pngWith(
                        png,
                        chunk(
                                "iCCP",
                                concat(
                                        "icc\0".getBytes(StandardCharsets.US_ASCII),
                                        new byte[] {0},
                                        zlib(new byte[4096], 100L << 20)))));
        put(
                "photo-itxt-xmp-bomb.png",
                pngWith(
                        png,
                        chunk(
                                "iTXt",
                                concat(
                                        "XML:com.adobe.xmp\0".getBytes(StandardCharsets.US_ASCII),
                                        new byte[] {1, 0, 0, 0},
                                        zlib(" ".repeat(4096).getBytes(StandardCharsets.US_ASCII), 100L << 20)))));
        put(
                "photo-text-script.png",
                pngWith(
                        png,
                        chunk("tEXt", ("Description\0" + XSS).getBytes(StandardCharsets.ISO_8859_1)),
                        chunk("tEXt", ("Title\0" + "\u001b[2J\u0007title").getBytes(StandardCharsets.ISO_8859_1)),
                        chunk(
                                "iTXt",
                                concat(
                                        "Description\0\0\0ko\0\0".getBytes(StandardCharsets.UTF_8),
                                        (XSS + ESCAPES).getBytes(StandardCharsets.UTF_8)))));
        put(
                "photo-iptc-2gb-dataset.jpg",
                withSegments(
                        jpeg,
                        app13(
                                concat(
                                        iptc(2, 5, "제목"),
                                        new byte[] {
                                            0x1C, 2, 120, (byte) 0x80, 0x04, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF
                                        },
                                        "short".getBytes(StandardCharsets.US_ASCII)),
                                24)));
        put("photo-iptc-2gb-resource.jpg", withSegments(jpeg, app13(iptc(2, 120, "설명"), 0x7FFFFFF0L)));
        put(
                "photo-iptc-negative-length.jpg",
                withSegments(
                        jpeg,
                        app13(
                                concat(
                                        new byte[] {
                                            0x1C,
                                            2,
                                            120,
                                            (byte) 0x80,
                                            0x04,
                                            (byte) 0xFF,
                                            (byte) 0xFF,
                                            (byte) 0xFF,
                                            (byte) 0xFE
                                        },
                                        new byte[8]),
                                17)));
        byte[] iptcScript = concat(
                iptc(1, 90, "\u001b%G"),
                iptc(2, 5, ESCAPES + "<b>object</b>"),
                iptc(2, 120, XSS + ESCAPES),
                iptc(2, 80, "<svg onload=alert(3)>"),
                iptc(2, 110, "javascript:alert(4)"),
                iptc(2, 25, "<script>tag</script>"),
                iptc(2, 116, "\u202Egpj.exe"));
        put("photo-iptc-script-caption.jpg", withSegments(jpeg, app13(iptcScript, iptcScript.length)));
        put(
                "photo-iptc-long-caption.jpg",
                withSegments(jpeg, app13(concat(iptc(2, 120, "가".repeat(20000)), iptc(2, 110, "x".repeat(30000))), 0)));
        put("photo-exif-absurd-ifd-offset.jpg", withSegments(jpeg, exif(tiffHeader(0x7FFFFFF0L))));
        put(
                "photo-exif-absurd-count.jpg",
                withSegments(
                        jpeg,
                        exif(concat(
                                tiffHeader(8),
                                u16(2),
                                ifdEntry(0x010E, 2, 0x7FFFFFFFL, 0x20),
                                ifdEntry(0x8769, 4, 1, 0xFFFFFFF0L),
                                u32(0)))));
        put(
                "photo-exif-ifd-loop.jpg",
                withSegments(
                        jpeg,
                        exif(concat(
                                tiffHeader(8), u16(2), ifdEntry(0x8769, 4, 1, 8), ifdEntry(0x8825, 4, 1, 8), u32(8)))));
        put("photo-exif-many-entries.jpg", withSegments(jpeg, exif(concat(tiffHeader(8), u16(0xFFFF), new byte[120]))));
        byte[] desc = ("<script>alert(1)</script>" + "\u001b[2J\0").getBytes(StandardCharsets.ISO_8859_1);
        put(
                "photo-exif-script-description.jpg",
                withSegments(
                        jpeg,
                        exif(concat(
                                tiffHeader(8),
                                u16(3),
                                ifdEntry(0x010E, 2, desc.length, 8 + 2 + 36 + 4),
                                ifdEntry(0x013B, 2, desc.length, 8 + 2 + 36 + 4),
                                ifdEntry(0x0112, 3, 1, 0xFFFF0000L),
                                u32(0),
                                desc))));
        put("photo-xmp-xxe-and-laughs.jpg", withSegments(jpeg, xmp(xssEsc)));
        put("photo-app-segment-flood.jpg", withSegments(jpeg, repeatSegments(2000)));
    }

    private static byte[][] repeatSegments(int n) {
        byte[][] s = new byte[n][];
        for (int i = 0; i < n; i++) {
            s[i] = segment(0xE2 + i % 10, new byte[] {'x'});
        }
        return s;
    }

    // ------------------------------------------------------------------ zips

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A ninjs 3.2 document with these values; photo associations for each sha256 given. */
    static String ninjsDoc(
            String headline,
            String sub,
            String bodyHtml,
            String by,
            String section,
            String tag,
            String caption,
            String credit,
            List<String> photoShas) {
        StringBuilder assoc = new StringBuilder();
        for (int i = 0; i < photoShas.size(); i++) {
            String sha = photoShas.get(i);
            assoc.append(i == 0 ? "" : ",")
                    .append("{\"name\": \"photo")
                    .append(i + 1)
                    .append("\", \"uri\": \"https://tvseoul.example/photos/")
                    .append(sha)
                    .append("\", \"type\": \"picture\", \"descriptions\": [{\"role\": \"caption\", \"value\": ")
                    .append(json(caption))
                    .append("}, {\"role\": \"alt\", \"value\": ")
                    .append(json(caption))
                    .append("}], \"by\": ")
                    .append(json(credit))
                    .append(", \"renditions\": [{\"name\": \"original\", \"href\": \"https://tvseoul.example/media/")
                    .append(sha)
                    .append(".jpg\", \"contentType\": \"image/jpeg\"}]}");
        }
        return "{\"uri\": \"https://tvseoul.example/articles/7\", \"type\": \"text\", \"version\": \"3\",\n"
                + " \"firstCreated\": \"2024-05-01T10:23:00+09:00\", \"versionCreated\": \"2024-05-01T11:00:00+09:00\", \"language\": \"ko\",\n"
                + " \"headlines\": [{\"role\": \"main\", \"value\": " + json(headline)
                + "}, {\"role\": \"subheadline\", \"value\": " + json(sub) + "}],\n"
                + " \"bodies\": [{\"role\": \"main\", \"contentType\": \"text/html\", \"charCount\": 60, \"value\": "
                + json(bodyHtml) + "}],\n"
                + " \"by\": " + json(by) + ",\n"
                + " \"subjects\": [{\"name\": " + json(section)
                + ", \"uri\": \"https://tvseoul.example/sections/society\"},"
                + " {\"name\": " + json(tag) + ", \"uri\": \"https://tvseoul.example/tags/x\"}],\n"
                + " \"associations\": [" + assoc + "]}\n";
    }

    static String plainNinjs() {
        return ninjsDoc(
                "야간 도서관 연다",
                "밤 10시까지",
                "<p>[TV서울=홍길동 기자] 영등포구가 야간 도서관을 연다.</p>",
                "홍길동 기자",
                "사회",
                "도서관",
                "조감도",
                "사진=구청",
                List.of());
    }

    static byte[] zipOf(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTime(946684800000L);
                    z.putNextEntry(entry);
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries in the order given (Map.of's order changes from run to run). */
    static Map<String, byte[]> linked(Object... keysAndValues) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (byte[]) keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, byte[]> pkg(String articleJson, byte[]... photos) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("article.json", articleJson.getBytes(StandardCharsets.UTF_8));
        entries.put(
                "index.html", ("<!doctype html><title>x</title><p>page</p>" + XSS).getBytes(StandardCharsets.UTF_8));
        for (byte[] p : photos) {
            entries.put("media/" + sha256(p) + ".jpg", p);
        }
        return entries;
    }

    static byte[] replaceAll(byte[] data, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] r = data.clone();
        for (int i = 0; i + f.length <= r.length; i++) {
            if (Arrays.equals(r, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, r, i, t.length);
            }
        }
        return r;
    }

    /** Marks the central directory entry named {@code name} as a Unix symbolic link. */
    static byte[] symlink(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] r = zip.clone();
        for (int i = 0; i + 46 + n.length <= r.length; i++) {
            if (r[i] == 'P' && r[i + 1] == 'K' && r[i + 2] == 1 && r[i + 3] == 2) {
                int nameLen = (r[i + 28] & 0xFF) | (r[i + 29] & 0xFF) << 8;
                if (nameLen == n.length && Arrays.equals(r, i + 46, i + 46 + n.length, n, 0, n.length)) {
                    r[i + 5] = 3; // made by Unix
                    int attrs = 0120777 << 16;
                    r[i + 38] = (byte) attrs;
                    r[i + 39] = (byte) (attrs >> 8);
                    r[i + 40] = (byte) (attrs >> 16);
                    r[i + 41] = (byte) (attrs >> 24);
                }
            }
        }
        return r;
    }

    private void zips() throws IOException {
        byte[] jpeg = jpeg(64, 48);
        String sha = sha256(jpeg);
        String okJson = ninjsDoc(
                "야간 도서관", "부제", "<p>[TV서울=홍길동 기자] 본문.</p>", "홍길동 기자", "사회", "도서관", "조감도", "사진=구청", List.of(sha));
        put(
                "zip-slip-dotdot.zip",
                zipOf(linked(
                        "article.json", okJson.getBytes(StandardCharsets.UTF_8), "../../evil.txt", new byte[] {1})));
        Map<String, byte[]> slipMedia = pkg(okJson);
        slipMedia.put("media/../../../" + sha + ".jpg", jpeg);
        put("zip-slip-in-media.zip", zipOf(slipMedia));
        put(
                "zip-absolute-path.zip",
                zipOf(linked(
                        "article.json",
                        okJson.getBytes(StandardCharsets.UTF_8),
                        "/tmp/byline-hostile-evil.txt",
                        new byte[] {1})));
        put(
                "zip-windows-path.zip",
                zipOf(linked(
                        "article.json",
                        okJson.getBytes(StandardCharsets.UTF_8),
                        "..\\..\\evil.txt",
                        new byte[] {1},
                        "C:\\evil.txt",
                        new byte[] {2})));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            ZipEntry e = new ZipEntry("article.json");
            e.setTime(946684800000L);
            z.setLevel(9);
            z.putNextEntry(e);
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            z.write("{\"uri\": \"x\", \"pad\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 640; i++) {
                z.write(spaces);
            }
            z.write("\"}".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        put("zip-bomb-article.zip", bomb.toByteArray());
        Map<String, byte[]> mediaBomb = pkg(okJson);
        mediaBomb.put("media/" + sha + ".jpg", concat(jpeg, new byte[30 << 20]));
        put("zip-bomb-media.zip", zipOf(mediaBomb));
        Map<String, byte[]> many = pkg(okJson, jpeg);
        for (int i = 0; i < 1001; i++) {
            many.put("notes/" + i, new byte[0]);
        }
        put("zip-1001-entries.zip", zipOf(many));
        Map<String, byte[]> dup = new LinkedHashMap<>();
        dup.put("article.json", okJson.getBytes(StandardCharsets.UTF_8));
        dup.put("media/" + sha + ".jpg", jpeg);
        dup.put(
                "article.jsoX",
                ninjsDoc(XSS, XSS, XSS, XSS, XSS, XSS, XSS, XSS, List.of(sha)).getBytes(StandardCharsets.UTF_8));
        dup.put("media/" + sha + ".jpX", SVG.getBytes(StandardCharsets.UTF_8));
        put(
                "zip-duplicate-entries.zip",
                replaceAll(replaceAll(zipOf(dup), "article.jsoX", "article.json"), sha + ".jpX", sha + ".jpg"));
        byte[] good = zipOf(pkg(okJson, jpeg));
        put("zip-truncated.zip", Arrays.copyOf(good, good.length / 2));
        put("zip-truncated-central-directory.zip", Arrays.copyOf(good, good.length - 10));
        put(
                "zip-no-article-json.zip",
                zipOf(linked(
                        "index.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8), "media/" + sha + ".jpg", jpeg)));
        put("zip-empty.zip", zipOf(linked()));
        String hostile = ninjsDoc(
                XSS + ESCAPES,
                XSS,
                "<p onclick=alert(1)>" + XSS + "</p><base href=\"javascript:alert(1)//\">"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><object data=\"x.swf\"></object><embed src=\"x.swf\">",
                XSS + ESCAPES,
                XSS,
                "<script>tag</script>" + ESCAPES,
                XSS + ESCAPES,
                "javascript:alert(1)" + XSS,
                List.of(sha));
        put("zip-script-in-every-field.zip", zipOf(pkg(hostile, jpeg)));
        Map<String, byte[]> svgMedia = pkg(ninjsDoc(
                "사진 바꿔치기",
                "부제",
                "<p>본문</p>",
                "홍길동 기자",
                "사회",
                "t",
                "c",
                "사진=x",
                List.of(sha256(SVG.getBytes(StandardCharsets.UTF_8)))));
        svgMedia.put(
                "media/" + sha256(SVG.getBytes(StandardCharsets.UTF_8)) + ".jpg", SVG.getBytes(StandardCharsets.UTF_8));
        put("zip-svg-as-photo.zip", zipOf(svgMedia));
        Map<String, byte[]> wrongSha = pkg(okJson);
        wrongSha.put("media/" + sha + ".jpg", png(8, 8));
        put("zip-photo-not-matching-sha.zip", zipOf(wrongSha));
        byte[] ztxt = Files.readAllBytes(out.resolve("photo-ztxt-bomb.png"));
        Map<String, byte[]> pngBomb =
                pkg(ninjsDoc("압축 사진", "부제", "<p>본문</p>", "홍길동 기자", "사회", "t", "c", "사진=x", List.of(sha256(ztxt))));
        pngBomb.put("media/" + sha256(ztxt) + ".jpg", ztxt);
        put("zip-ztxt-bomb-photo.zip", zipOf(pngBomb));
        Map<String, byte[]> link = pkg(okJson, jpeg);
        link.put("media/link.jpg", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        put("zip-symlink-entry.zip", symlink(zipOf(link), "media/link.jpg"));
        Map<String, byte[]> linkArticle = new LinkedHashMap<>();
        linkArticle.put("article.json", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        put("zip-symlink-article.zip", symlink(zipOf(linkArticle), "article.json"));
        Map<String, byte[]> longName = pkg(okJson, jpeg);
        longName.put("x".repeat(60000), new byte[] {1});
        longName.put("ctl\u001b[2J\u0007name.txt", new byte[] {1});
        put("zip-long-and-control-entry-names.zip", zipOf(longName));
        Map<String, byte[]> deep = pkg("{\"uri\": \"x\", \"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        put("zip-deep-json.zip", zipOf(deep));
        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("article.json", okJson.getBytes(StandardCharsets.UTF_8));
        nested.put("inner.zip", zipOf(linked("article.json", new byte[10 << 20])));
        put("zip-nested-zip.zip", zipOf(nested));
    }

    // ------------------------------------------------------------------ saved pages

    static String page(
            String title,
            String h1,
            String lead,
            String body,
            String caption,
            String section,
            String tag,
            String keywords,
            String extraHead,
            String bodyAttrs,
            String img) {
        return "<!doctype html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<meta property=\"og:title\" content=\"" + attr(h1) + "\">\n"
                + "<meta property=\"article:section\" content=\"" + attr(section) + "\">\n"
                + "<meta property=\"article:tag\" content=\"" + attr(tag) + "\">\n"
                + "<meta name=\"news_keywords\" content=\"" + attr(keywords) + "\">\n" + extraHead + "</head>\n"
                + "<body" + bodyAttrs + ">\n<nav><a href=\"/\">홈</a> <a href=\"/s\">정치</a></nav>\n"
                + "<article>\n<h1 class=\"headline\">" + h1 + "</h1>\n<div class=\"info\">입력 2024.05.01 10:23</div>\n"
                + "<div id=\"article-view-content-div\">\n"
                + "<figure><img src=\"" + img + "\" alt=\"사진\"><figcaption>" + caption
                + " (사진=영등포구청)</figcaption></figure>\n"
                + "<p>[우리뉴스=홍길동 기자] " + lead + " 영등포구가 다음 달부터 구립 도서관 세 곳을 밤 10시까지 연다고 1일 밝혔다.</p>\n"
                + "<p>" + body + " 구는 직장인과 학생들이 퇴근과 하교 뒤에도 도서관을 쓸 수 있도록 운영 시간을 늘렸다고 설명했다.</p>\n"
                + "<p>열람실과 자료실은 평일과 토요일에 문을 열며, 일요일과 공휴일은 지금처럼 오후 6시에 닫는다.</p>\n"
                + "<p>구 관계자는 \"주민 의견을 들어 대상 도서관을 더 늘리겠다\"고 말했다.</p>\n"
                + "<p>홍길동 기자 hong@woori.example</p>\n</div>\n</article>\n<footer>저작권자 © 우리뉴스 무단전재 및 재배포 금지</footer>\n"
                + "</body></html>\n";
    }

    static String attr(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    static String plainPage(String extraHead, String bodyAttrs) {
        return page(
                "도서관 밤 10시까지", "도서관 밤 10시까지", "", "", "도서관 전경", "사회", "도서관", "도서관,야간", extraHead, bodyAttrs, "a.jpg");
    }

    private void pages() throws IOException {
        String ok = "도서관 밤 10시까지";
        putText("page-script-in-title.html", page(XSS + ok, ok, "", "", "전경", "사회", "도서관", "도서관", "", "", "a.jpg"));
        putText("page-script-in-headline.html", page(ok, XSS + ok, "", "", "전경", "사회", "도서관", "도서관", "", "", "a.jpg"));
        putText("page-script-in-lead.html", page(ok, ok, XSS, "", "전경", "사회", "도서관", "도서관", "", "", "a.jpg"));
        putText(
                "page-script-in-body.html",
                page(
                        ok,
                        ok,
                        "",
                        XSS + "<style>body{background:url(javascript:alert(1))}</style>"
                                + "<object data=\"javascript:alert(1)\"></object><embed src=\"data:text/html,<script>alert(1)</script>\">",
                        "전경",
                        "사회",
                        "도서관",
                        "도서관",
                        "",
                        "",
                        "a.jpg"));
        putText("page-script-in-caption.html", page(ok, ok, "", "", XSS, "사회", "도서관", "도서관", "", "", "a.jpg"));
        putText("page-script-in-section-meta.html", page(ok, ok, "", "", "전경", XSS, "도서관", "도서관", "", "", "a.jpg"));
        putText("page-script-in-tag-meta.html", page(ok, ok, "", "", "전경", "사회", XSS, "도서관", "", "", "a.jpg"));
        putText(
                "page-script-in-news-keywords.html",
                page(ok, ok, "", "", "전경", "사회", "도서관", XSS + "," + XSS + ",javascript:alert(1)", "", "", "a.jpg"));
        putText(
                "page-escapes-in-every-field.html",
                page(
                        ESCAPES + ok,
                        ESCAPES + ok,
                        ESCAPES,
                        ESCAPES + "\u202E\u200B",
                        ESCAPES,
                        ESCAPES,
                        ESCAPES,
                        ESCAPES,
                        "",
                        "",
                        "a.jpg"));
        putText(
                "page-meta-refresh.html",
                plainPage(
                        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">\n"
                                + "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html,<script>alert(1)</script>\">\n",
                        ""));
        putText(
                "page-base-href.html",
                plainPage("<base href=\"javascript:alert(1)//\">\n<base href=\"https://evil.example/\">\n", ""));
        putText(
                "page-event-handlers-everywhere.html",
                plainPage(
                                "<script src=\"https://evil.example/x.js\"></script>\n",
                                " onload=\"alert(1)\" onpageshow=\"alert(2)\"")
                        .replace("<p>", "<p onclick=\"alert(3)\" onmouseover=\"alert(4)\">")
                        .replace("<figure>", "<figure onfocus=\"alert(5)\" tabindex=1 autofocus>"));
        putText(
                "page-javascript-and-data-urls.html",
                plainPage("", "")
                        .replace(
                                "<p>열람실",
                                "<p><a href=\"javascript:alert(1)\">a</a> <a href=\" JaVaScRiPt:alert(2)\">b</a> <a href=\"jav&#x09;ascript:alert(3)\">c</a> "
                                        + "<a href=\"&#106;avascript:alert(4)\">d</a> <a href=\"vbscript:msgbox(5)\">e</a> "
                                        + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==\">f</a> "
                                        + "<img src=\"data:image/svg+xml,<svg onload=alert(7)>\"> 열람실"));
        putText(
                "page-iframe-object-embed.html",
                plainPage("", "")
                        .replace(
                                "<p>열람실",
                                "<iframe src=\"https://evil.example/\" srcdoc=\"<script>alert(1)</script>\"></iframe><object data=\"x.swf\"><param name=x value=y>"
                                        + "</object><embed src=\"x.swf\"><applet code=x></applet><form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">"
                                        + "go</button></form><p>열람실"));
        putText(
                "page-mxss-tricks.html",
                plainPage("", "")
                        .replace(
                                "<p>열람실",
                                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript><scr<script>ipt>alert(2)</scr</script>ipt>"
                                        + "<svg><a xlink:href=\"javascript:alert(3)\"><text>x</text></a><animate attributeName=href to=javascript:alert(4) /></svg>"
                                        + "<math><mi xlink:href=\"javascript:alert(5)\">x</mi></math><template><script>alert(6)</script></template>"
                                        + "<!--<script>alert(7)</script>--><![CDATA[<script>alert(8)</script>]]><p>열람실"));
        putText(
                "page-escaped-markup-as-text.html",
                page(
                        ok,
                        "&lt;script&gt;alert(1)&lt;/script&gt;" + ok,
                        "&lt;img src=x onerror=alert(2)&gt;",
                        "&#60;iframe src=javascript:alert(3)&#62;",
                        "&lt;svg onload=alert(4)&gt;",
                        "사회",
                        "&lt;b&gt;",
                        "x",
                        "",
                        "",
                        "a.jpg"));
        putText(
                "page-long-fields.html",
                page(
                        "제".repeat(10000),
                        "목".repeat(10000),
                        "본".repeat(20000),
                        "",
                        "캡".repeat(10000),
                        "섹".repeat(5000),
                        "태".repeat(5000),
                        "키,".repeat(2000),
                        "",
                        "",
                        "a.jpg"));
        putText(
                "page-deep-nesting.html",
                plainPage("", "").replace("<p>열람실", "<div>".repeat(5000) + "깊다" + "</div>".repeat(5000) + "<p>열람실"));
        putBytes(
                "page-euc-kr-with-script.html",
                page(ok, ok, XSS, "", "전경", "사회", "도서관", "도서관", "", "", "a.jpg")
                        .replace("charset=\"utf-8\"", "charset=\"euc-kr\"")
                        .getBytes(Charset.forName("EUC-KR")));
        putText("page-unknown-charset.html", plainPage("", "").replace("charset=\"utf-8\"", "charset=\"x-hostile-9\""));
        putText("page-charset-lies-utf16.html", plainPage("", "").replace("charset=\"utf-8\"", "charset=\"utf-16\""));
        putText(
                "page-empty-article.html",
                "<!doctype html><html><head><title>" + XSS + "</title></head><body onload=alert(1)></body></html>");
        // a page saved "complete", with the pictures the browser put beside it
        Path files = out.resolve("page-saved-complete_files");
        Files.createDirectories(files);
        Files.write(files.resolve("a.jpg"), SVG.getBytes(StandardCharsets.UTF_8));
        Files.write(files.resolve("b.jpg"), Files.readAllBytes(out.resolve("photo-iptc-2gb-dataset.jpg")));
        Files.write(files.resolve("c.png"), Files.readAllBytes(out.resolve("photo-ztxt-bomb.png")));
        Files.write(files.resolve("d.jpg"), Files.readAllBytes(out.resolve("photo-iptc-script-caption.jpg")));
        Files.write(files.resolve("e.png"), Files.readAllBytes(out.resolve("photo-dimensions-65535.png")));
        Files.write(files.resolve("f.jpg"), jpeg(400, 300));
        Files.write(files.resolve("x.html"), ("<script>alert(1)</script>").getBytes(StandardCharsets.UTF_8));
        String complete = page(
                        ok, ok, "", "", XSS + ESCAPES, "사회", "도서관", "도서관", "", "", "page-saved-complete_files/a.jpg")
                .replace(
                        "<p>열람실",
                        "<figure><img src=\"page-saved-complete_files/b.jpg\"><figcaption>" + XSS
                                + "</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/c.png\"><figcaption>압축 폭탄</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/d.jpg\" onerror=\"alert(1)\"><figcaption>스크립트 설명</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/e.png\"><figcaption>큰 사진</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/f.jpg\"><figcaption>" + XSS
                                + " 멀쩡한 사진</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/../photo-gif.gif\"><figcaption>밖의 사진</figcaption></figure>"
                                + "<figure><img src=\"/etc/passwd\"><figcaption>절대 경로</figcaption></figure>"
                                + "<figure><img src=\"page-saved-complete_files/x.html\"><figcaption>html</figcaption></figure><p>열람실");
        putText("page-saved-complete.html", complete);
    }

    // ------------------------------------------------------------------ ninjs

    private void ninjs() throws IOException {
        String body = "<p>[TV서울=홍길동 기자] 영등포구가 야간 도서관을 연다.</p>";
        putText(
                "ninjs-script-in-headline.json",
                ninjsDoc(XSS + "야간 도서관", "부제", body, "홍길동 기자", "사회", "도서관", "c", "x", List.of()));
        putText(
                "ninjs-script-in-subheadline.json",
                ninjsDoc("야간 도서관", XSS, body, "홍길동 기자", "사회", "도서관", "c", "x", List.of()));
        putText(
                "ninjs-script-in-by.json",
                ninjsDoc("야간 도서관", "부제", body, XSS + " 기자", "사회", "도서관", "c", "x", List.of()));
        putText(
                "ninjs-script-in-subjects.json",
                ninjsDoc("야간 도서관", "부제", body, "홍길동 기자", XSS, "javascript:alert(1)", "c", "x", List.of()));
        putText(
                "ninjs-script-in-descriptions.json",
                ninjsDoc("야간 도서관", "부제", body, "홍길동 기자", "사회", "t", XSS, XSS, List.of(sha256(new byte[] {1}))));
        putText(
                "ninjs-body-event-handlers.json",
                ninjsDoc(
                        "야간 도서관",
                        "부제",
                        "<p onclick=\"alert(1)\" onmouseover=alert(2)>[TV서울=홍길동 기자] 본문"
                                + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">링크</a><a href=\" jav&#x09;ascript:alert(5)\">b</a>"
                                + "<a href=\"vbscript:msgbox(6)\">v</a><a href=\"data:text/html,<script>alert(7)</script>\">d</a></p>"
                                + "<svg><script>alert(8)</script></svg><iframe srcdoc=\"<script>alert(9)</script>\"></iframe>"
                                + "<details open ontoggle=alert(10)><summary>x</summary></details><video><source onerror=alert(11)></video>",
                        "홍길동 기자",
                        "사회",
                        "t",
                        "c",
                        "x",
                        List.of()));
        putText(
                "ninjs-body-base-meta-object.json",
                ninjsDoc(
                        "야간 도서관",
                        "부제",
                        "<base href=\"javascript:alert(1)//\">"
                                + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(2)\"><link rel=stylesheet href=\"https://evil.example/x.css\">"
                                + "<style>@import 'https://evil.example/x.css';</style><object data=\"x\"></object><embed src=\"x\"><p>[TV서울=홍길동 기자] 본문</p>"
                                + "<form action=\"javascript:alert(3)\"><input type=image src=x onerror=alert(4)></form>",
                        "홍길동 기자",
                        "사회",
                        "t",
                        "c",
                        "x",
                        List.of()));
        putText(
                "ninjs-body-mxss.json",
                ninjsDoc(
                        "야간 도서관",
                        "부제",
                        "<p>[TV서울=홍길동 기자] 본문</p><noscript><p title=\"</noscript>"
                                + "<img src=x onerror=alert(1)>\"></noscript><math><mtext><table><mglyph><style><img src=x onerror=alert(2)></style>"
                                + "</mglyph></table></mtext></math><scr<script>ipt>alert(3)</scr</script>ipt>",
                        "홍길동 기자",
                        "사회",
                        "t",
                        "c",
                        "x",
                        List.of()));
        putText(
                "ninjs-escapes-everywhere.json",
                ninjsDoc(
                        ESCAPES + "야간\u0000도서관",
                        ESCAPES,
                        "<p>[TV서울=홍길동 기자] " + ESCAPES + "\u0000\u202E본문\u200B</p>",
                        ESCAPES + "홍길동 기자",
                        ESCAPES,
                        ESCAPES + "\u0085\u009b31m",
                        "c",
                        "x",
                        List.of()));
        putText(
                "ninjs-plain-body-with-html.json",
                plainNinjs()
                        .replace("\"text/html\"", "\"text/plain\"")
                        .replace("<p>[TV서울=홍길동 기자] 영등포구가 야간 도서관을 연다.</p>", XSS.replace("\"", "\\\"")));
        putText(
                "ninjs-javascript-uris.json",
                plainNinjs()
                        .replace("https://tvseoul.example/articles/7", "javascript:alert(1)")
                        .replace("https://tvseoul.example/sections/society", "javascript:alert(2)"));
        putText(
                "ninjs-deep-nesting.json",
                plainNinjs()
                        .replace(
                                "\"language\": \"ko\"",
                                "\"language\": \"ko\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000)));
        putText("ninjs-only-nesting.json", "[".repeat(100_000) + "]".repeat(100_000));
        putText("ninjs-deep-objects.json", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        putText(
                "ninjs-huge-numbers.json",
                plainNinjs()
                        .replace("\"charCount\": 60", "\"charCount\": 9" + "9".repeat(5000))
                        .replace("\"version\": \"3\"", "\"version\": \"3\", \"x\": 1e999999999, \"y\": -1e-999999999"));
        putText(
                "ninjs-wrong-types.json",
                "{\"uri\": 7, \"type\": [\"text\"], \"version\": {}, \"headlines\": \"제목\", \"bodies\": 42, "
                        + "\"by\": {\"a\": 1}, \"subjects\": null, \"firstCreated\": \"어제\", \"associations\": \"x\"}\n");
        putText(
                "ninjs-wrong-nested-types.json",
                "{\"uri\": \"https://x.example/1\", \"type\": \"text\", \"headlines\": [{\"role\": 1, \"value\": [1]}],"
                        + " \"bodies\": [{\"role\": \"main\", \"contentType\": 5, \"value\": {\"html\": \"<script>\"}}], \"subjects\": [\"사회\", null, 3]}\n");
        putBytes(
                "ninjs-invalid-utf8.json",
                concat(
                        plainNinjs().substring(0, plainNinjs().indexOf("야간")).getBytes(StandardCharsets.UTF_8),
                        new byte[] {
                            (byte) 0xC0,
                            (byte) 0xAF,
                            (byte) 0xED,
                            (byte) 0xA0,
                            (byte) 0x80,
                            (byte) 0xFF,
                            (byte) 0xBE,
                            (byte) 0xDF
                        },
                        plainNinjs().substring(plainNinjs().indexOf("야간")).getBytes(StandardCharsets.UTF_8)));
        putBytes(
                "ninjs-utf8-bom-script.json",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        ninjsDoc(XSS, XSS, "<p>[TV서울=홍길동 기자]</p>" + XSS, XSS, XSS, XSS, "c", "x", List.of())
                                .getBytes(StandardCharsets.UTF_8)));
        putBytes(
                "ninjs-utf16le-bom.json",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        ninjsDoc(XSS + "제목", "부제", "<p>" + XSS + "</p>", "홍길동 기자", "사회", "t", "c", "x", List.of())
                                .getBytes(StandardCharsets.UTF_16LE)));
        putBytes(
                "ninjs-double-bom.json",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        plainNinjs().getBytes(StandardCharsets.UTF_8)));
        putText(
                "ninjs-duplicate-keys.json",
                plainNinjs()
                        .replace(
                                "\"by\": \"홍길동 기자\"",
                                "\"by\": \"홍길동 기자\", \"by\": " + json(XSS)
                                        + ", \"headlines\": [{\"role\": \"main\", \"value\": " + json(XSS) + "}]"));
        putText(
                "ninjs-long-fields.json",
                ninjsDoc(
                        "제".repeat(20_000),
                        "부".repeat(10_000),
                        "<p>" + "본".repeat(40_000) + "</p>",
                        "기".repeat(10_000),
                        "섹".repeat(10_000),
                        "태".repeat(10_000),
                        "c",
                        "x",
                        List.of()));
        putText(
                "ninjs-many-subjects.json",
                plainNinjs().replace("\"subjects\": [", "\"subjects\": [" + "{\"name\": \"태그\"},".repeat(5_000)));
        putText("ninjs-empty-object.json", "{}\n");
        putText("ninjs-truncated.json", plainNinjs().substring(0, plainNinjs().length() / 2));
        putText("ninjs-null.json", "null");
    }

    // ------------------------------------------------------------------ text and Markdown

    private void texts() throws IOException {
        String body = "\n\n영등포구가 다음 달부터 구립 도서관 세 곳을 밤 10시까지 연다.\n\n구는 운영 시간을 늘렸다고 설명했다.\n";
        putText("text-empty.txt", "");
        putText("text-only-whitespace.txt", "   \n\u00A0\u00A0\n\t\n\u3000\n");
        putText("text-html-script.txt", XSS + "\n\n" + XSS + "\n<iframe src=\"javascript:alert(1)\"></iframe>\n");
        putBytes("text-nul-bytes.txt", ("제목\0은 여기\n\n본\0문\0이다.\n").getBytes(StandardCharsets.UTF_8));
        putText(
                "text-terminal-escapes.txt",
                ESCAPES
                        + "도서관 밤 10시까지\n\n\u001b[1A\u001b[2K본문\u0007\u0008\u0008\u001bc 이다.\n\u009b31m C1 CSI\u0085 다음\n");
        putText("text-rtl-override.txt", "\u202E도서관 txt.exe\u202C 밤 10시까지\n\n\u2066본문\u2069 \u202Bexe.\u202C\n");
        putText("text-zero-width.txt", "도\u200B서\u200C관\u200D 밤\u2060 10\uFEFF시까지\n\n본\u200B문\u00AD이다.\n");
        putText(
                "text-unicode-tags-and-noncharacters.txt",
                "도서관\uDB40\uDC01\uDB40\uDC41 밤 10시까지\uFFFE\uFFFF\n\n본문\uFDD0이다.\uDBFF\uDFFF\n");
        putText("text-crlf.txt", ("도서관 밤 10시까지" + body).replace("\n", "\r\n"));
        putText("text-cr-only.txt", ("도서관 밤 10시까지" + body).replace("\n", "\r"));
        putText("text-mixed-line-breaks.txt", "도서관\u2028밤\u2029 10시까지\r\n\n\r본문\u000B이다\u000C.\n");
        putBytes("text-utf16le-no-bom.txt", ("도서관 밤 10시까지" + body).getBytes(StandardCharsets.UTF_16LE));
        putBytes("text-utf16be-no-bom.txt", ("도서관 밤 10시까지" + body).getBytes(StandardCharsets.UTF_16BE));
        putBytes(
                "text-utf16le-bom.txt",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        (XSS + "도서관" + body).getBytes(StandardCharsets.UTF_16LE)));
        putBytes(
                "text-utf16be-bom.txt",
                concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        ("도서관 밤 10시까지" + body).getBytes(StandardCharsets.UTF_16BE)));
        putBytes(
                "text-utf16-odd-length.txt",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        ("도서관" + body).getBytes(StandardCharsets.UTF_16LE),
                        new byte[] {0x41}));
        putBytes(
                "text-utf32-bom.txt",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                        ("도서관" + body).getBytes(Charset.forName("UTF-32LE"))));
        putBytes("text-euc-kr.txt", (XSS + "도서관 밤 10시까지" + body).getBytes(Charset.forName("EUC-KR")));
        putBytes(
                "text-invalid-utf8-and-cp949.txt",
                concat(
                        "도서관 밤 10시까지\n\n".getBytes(StandardCharsets.UTF_8),
                        "구는 운영 시간을 똠방각하 늘렸다.".getBytes(Charset.forName("x-windows-949")),
                        new byte[] {
                            (byte) 0xC0,
                            (byte) 0xAF,
                            (byte) 0xF8,
                            (byte) 0x88,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            '\n'
                        }));
        putBytes("text-overlong-and-surrogates.txt", concat("제목\n\n".getBytes(StandardCharsets.UTF_8), new byte[] {
            (byte) 0xC0,
            (byte) 0xBC,
            's',
            'c',
            'r',
            'i',
            'p',
            't',
            (byte) 0xC0,
            (byte) 0xBE,
            (byte) 0xED,
            (byte) 0xA0,
            (byte) 0x80,
            '\n'
        }));
        putBytes("text-binary-garbage.txt", binaryGarbage());
        putText("text-long-headline-line.txt", "제".repeat(50_000) + body);
        putText("text-many-lines.txt", "제목\n\n" + "줄\n".repeat(30_000));
        putText(
                "text-huge-line.txt.runtime",
                "The test writes an 8 MiB + 1 byte single-line UTF-8 text file here at run time.\n");
        putText(
                "text-placeholder-photos.txt",
                "도서관\n\n[[사진1]]\n\n[[사진99999999999999999999]]\n\n[[사진-1]]\n\n[[사진<script>alert(1)</script>]]\n");
        putText(
                "md-javascript-links.md",
                "# 도서관 밤 10시까지\n\n[눌러](javascript:alert(1)) [대소문자](JaVaScRiPt:alert(2)) "
                        + "[공백]( javascript:alert(3)) <javascript:alert(4)> [vb](vbscript:msgbox(5)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
                        + "![그림](javascript:alert(6)) ![svg](data:image/svg+xml,<svg/onload=alert(7)>)\n\n[참조][r]\n\n[r]: javascript:alert(8) \"t\"\n");
        putText(
                "md-raw-html-block.md",
                "# 도서관\n\n<div onclick=\"alert(1)\">\n<script>alert(2)</script>\n</div>\n\n<iframe src=\"javascript:alert(3)\">"
                        + "</iframe>\n\n<style>*{background:url(javascript:alert(4))}</style>\n\n본문이다.\n");
        putText(
                "md-inline-html.md",
                "# 도서관 <img src=x onerror=alert(1)>\n\n본문 <b onmouseover=alert(2)>굵게</b> <a href=\"javascript:alert(3)\">a</a> "
                        + "<svg onload=alert(4)>\n\n- 목록 <script>alert(5)</script>\n");
        putText(
                "md-entities.md",
                "# &lt;script&gt;alert(1)&lt;/script&gt;\n\n&#60;img src=x onerror=alert(2)&#62; &#x3C;iframe&#x3E; "
                        + "[a](&#106;avascript:alert(3)) [b](java&#x09;script:alert(4))\n");
        putText("md-headline-script.md", "# <script>alert(1)</script>도서관\n\n## <img src=x onerror=alert(2)>\n\n본문.\n");
        putText("md-deep-blockquote.md", "# 깊은 인용\n\n" + "> ".repeat(20_000) + "깊다\n");
        putText("md-deep-list.md", "# 깊은 목록\n\n" + buildDeepList(400));
        putText(
                "md-deep-emphasis.md",
                "# 강조\n\n" + "*_".repeat(20_000) + "x" + "_*".repeat(20_000) + "\n" + "[".repeat(20_000) + "\n");
        putText(
                "md-code-fence-html.md",
                "# 코드\n\n```html\n<script>alert(1)</script>\n```\n\n    <iframe src=javascript:alert(2)>\n");
        putText(
                "md-escapes-and-controls.md",
                "# " + ESCAPES + "제목\n\n- " + ESCAPES + "\n- \u202E역방향\n\n[링크" + ESCAPES
                        + "](https://x.example/\u001b[2J)\n");
    }

    private static String buildDeepList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        return b.toString();
    }

    private static byte[] binaryGarbage() {
        byte[] b = new byte[4096];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < b.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            b[i] = (byte) x;
        }
        return b;
    }

    // ------------------------------------------------------------------ command-line arguments

    private void args(String name, String... args) throws IOException {
        StringBuilder b = new StringBuilder("{\"args\": [");
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? "" : ", ").append(json(args[i]));
        }
        putText(name + ".args.json", b.append("]}\n").toString());
    }

    private void arguments() throws IOException {
        String longName = "홍".repeat(10_001);
        String controls = "\u001b[2J\u001b]0;owned\u0007\u0000\u0008\u007f\u009b31m\r\n홍\u202E";
        args("people-add-long-name", "people", "add", longName);
        args("people-add-empty-name", "people", "add", "");
        args("people-add-blank-name", "people", "add", " \u3000\t ");
        args("people-add-control-name", "people", "add", controls);
        args("people-add-newline-name", "people", "add", "홍길순\n이데스크");
        args("people-add-script-name", "people", "add", XSS);
        args(
                "people-add-long-email",
                "people",
                "add",
                "김철수",
                "--email",
                "a".repeat(10_000) + "@" + "b".repeat(10_000) + ".kr");
        args("people-add-control-email", "people", "add", "김철수", "--email", "kim@x.kr\u001b[2J\r\nBcc: all@x.kr");
        args("people-add-role-bogus", "people", "add", "김철수", "--role", "root\u001b[2J");
        args("new-long-headline", "new", "--as", "홍길동", "--headline", "제".repeat(10_001), "--body", "본문");
        args("new-empty-headline", "new", "--as", "홍길동", "--headline", "", "--body", "");
        args("new-control-headline", "new", "--as", "홍길동", "--headline", controls, "--body", controls);
        args(
                "new-script-everywhere",
                "new",
                "--as",
                "홍길동",
                "--headline",
                XSS,
                "--subheadline",
                XSS,
                "--section",
                "사회",
                "--tag",
                XSS,
                "--byline",
                XSS,
                "--body",
                XSS);
        args("new-long-tag", "new", "--as", "홍길동", "--headline", "제목", "--tag", "태".repeat(10_001));
        args("new-empty-tag", "new", "--as", "홍길동", "--headline", "제목", "--tag", "", "--tag", " ");
        args("new-control-tag", "new", "--as", "홍길동", "--headline", "제목", "--tag", controls);
        args("new-many-tags", manyTags());
        args("new-long-byline", "new", "--as", "홍길동", "--headline", "제목", "--byline", "기".repeat(10_001));
        args("new-control-byline", "new", "--as", "홍길동", "--headline", "제목", "--byline", controls);
        args("new-long-section", "new", "--as", "홍길동", "--headline", "제목", "--section", "섹".repeat(10_001));
        args("new-control-section", "new", "--as", "홍길동", "--headline", "제목", "--section", controls);
        args("new-long-as", "new", "--as", longName, "--headline", "제목");
        args("new-control-as", "new", "--as", controls, "--headline", "제목");
        args("new-at-file-headline", "new", "--as", "홍길동", "--headline", "@/etc/passwd");
        args("show-at-file", "show", "@/etc/passwd");
        args("edit-control-headline", "edit", "{ID}", "--as", "홍길동", "--headline", controls, "--tag", controls);
        args("edit-long-body", "edit", "{ID}", "--as", "홍길동", "--body", "본".repeat(30_000));
        for (String[] id : new String[][] {
            {"minus-one", "-1"},
            {"zero", "0"},
            {"twenty-nines", "99999999999999999999"},
            {"exponent", "1e9"},
            {"letters", "abc"},
            {"full-width", "１２"},
            {"empty", ""},
            {"control", "1\u001b[2J"},
            {"long-max", "9223372036854775807"},
            {"hex", "0x1"},
            {"arabic-indic", "١"}
        }) {
            args("show-id-" + id[0], "show", id[1]);
        }
        for (String[] id :
                new String[][] {{"minus-one", "-1"}, {"twenty-nines", "99999999999999999999"}, {"full-width", "１２"}}) {
            args("edit-id-" + id[0], "edit", id[1], "--as", "홍길동", "--headline", "새 제목");
            args("submit-id-" + id[0], "submit", id[1], "--as", "홍길동");
            args(
                    "export-id-" + id[0],
                    "export",
                    id[1],
                    "--format",
                    "ninjs",
                    "--draft",
                    "--out",
                    "{OUT}",
                    "--as",
                    "홍길동");
        }
        args("attach-id-exponent", "attach", "1e9", "{PHOTO}", "--as", "홍길동");
        args(
                "export-format-bogus",
                "export",
                "{ID}",
                "--format",
                "exe\u001b[2J",
                "--draft",
                "--out",
                "{OUT}",
                "--as",
                "홍길동");
        args(
                "export-out-long",
                "export",
                "{ID}",
                "--format",
                "ninjs",
                "--draft",
                "--out",
                "{OUT}/" + "d".repeat(300) + "/" + "e".repeat(5000),
                "--as",
                "홍길동");
        args("data-dir-empty", "--data-dir", "", "list");
        args("data-dir-long", "--data-dir", "/tmp/" + "x".repeat(10_000), "list");
        args("data-dir-control", "--data-dir", "/tmp/byline-hostile-\u001b[2J\u0007", "list");
        args("data-dir-dev-null", "--data-dir", "/dev/null", "list");
        args("data-dir-under-a-file", "--data-dir", "/etc/passwd/byline", "list");
        args("settings-outlet-script", "settings", "set", "outlet.name", XSS);
        args("settings-outlet-site-javascript", "settings", "set", "outlet.site", "javascript:alert(1)");
        args("settings-outlet-footer-controls", "settings", "set", "outlet.footer", controls + XSS);
        args(
                "settings-outlet-masthead-data-url",
                "settings",
                "set",
                "outlet.masthead",
                "data:text/html,<script>alert(1)</script>");
        args("settings-target-absurd", "settings", "set", "manuscript.target.사회", "1e999");
        args("lang-bogus", "--lang", "xx\u001b[2J", "list");
        args(
                "attach-control-caption",
                "attach",
                "{ID}",
                "{PHOTO}",
                "--caption",
                controls + XSS,
                "--credit",
                XSS,
                "--alt",
                controls,
                "--as",
                "홍길동");
        args("attach-long-caption", "attach", "{ID}", "{PHOTO}", "--caption", "설".repeat(20_000), "--as", "홍길동");
    }

    private static String[] manyTags() {
        List<String> a = new ArrayList<>(List.of("new", "--as", "홍길동", "--headline", "태그 많음"));
        for (int i = 0; i < 5_000; i++) {
            a.add("--tag");
            a.add("태그" + i);
        }
        return a.toArray(String[]::new);
    }

    // ------------------------------------------------------------------ writing

    private void put(String name, byte[] bytes) throws IOException {
        Files.write(out.resolve(name), bytes);
    }

    private void putBytes(String name, byte[] bytes) throws IOException {
        put(name, bytes);
    }

    private void putText(String name, String text) throws IOException {
        put(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
