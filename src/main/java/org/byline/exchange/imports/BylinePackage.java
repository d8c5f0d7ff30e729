package org.byline.exchange.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.byline.domain.NewsroomException;

/**
 * A Byline package (.zip): article.json (ninjs), index.html, and the photo originals as
 * media/&lt;sha256&gt;.&lt;ext&gt;. Each picture association has a rendition named "original"
 * whose href ends in that file name; that is the contract with the export.
 *
 * <p>A zip is read as a stream and trusted for nothing: every entry name must stay inside the
 * package (no "..", no absolute or drive paths, no backslashes); the bytes actually inflated are
 * counted against a total and against the compressed bytes read, whatever the headers claim; and
 * the number of entries is limited. Any breach refuses the whole package before it is used.
 */
final class BylinePackage {
    static final String ARTICLE = "article.json";
    private static final Pattern MEDIA = Pattern.compile("media/([0-9a-f]{64})\\.(jpe?g|png)");
    private static final Pattern ORIGINAL = Pattern.compile("([0-9a-f]{64})\\.(jpe?g|png)");

    private final Limits limits;

    /**
     * @param maxEntries    entries a package may hold
     * @param maxUnpacked   bytes all entries may inflate to together
     * @param maxRatio      how many times the compressed bytes read the inflated ones may be
     * @param ratioFrom     inflated bytes below which the ratio is not judged (small text compresses well)
     */
    record Limits(int maxEntries, long maxUnpacked, int maxRatio, long ratioFrom) {
        static final Limits DEFAULT = new Limits(1_000, 512L << 20, 100, 1L << 20);
    }

    BylinePackage(Limits limits) {
        this.limits = limits;
    }

    static boolean isZip(byte[] head) {
        return TextDecoding.startsWith(head, 'P', 'K', 3, 4) || TextDecoding.startsWith(head, 'P', 'K', 5, 6);
    }

    /** Unpacks {@code zip} into {@code folder} (which is empty and the caller's to delete) and reads it. */
    ImportedArticle read(Path zip, Path folder, NinjsSchema schema) {
        Map<String, Path> media = new HashMap<>();
        byte[] article = null;
        try (Counting raw = new Counting(Files.newInputStream(zip));
                ZipInputStream in = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            long unpacked = 0;
            int entries = 0;
            Set<String> names = new HashSet<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new NewsroomException("import.zip.tooManyEntries", limits.maxEntries());
                }
                String name = safeName(entry.getName());
                // two entries of one name: which one a reader takes differs from tool to tool, so
                // what the sender checked may not be what comes in
                if (!names.add(name)) {
                    throw new NewsroomException("import.zip.duplicateEntry", name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                var m = MEDIA.matcher(name);
                Path target = name.equals(ARTICLE) || m.matches()
                        ? folder.resolve(name).normalize()
                        : null;
                if (target != null && !target.startsWith(folder)) {
                    throw new NewsroomException("import.zip.unsafePath", entry.getName());
                }
                if (target != null) {
                    Files.createDirectories(target.getParent());
                }
                try (OutputStream out =
                        target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
                    unpacked = copy(in, out, unpacked, raw);
                }
                if (name.equals(ARTICLE)) {
                    if (Files.size(target) > ImportReader.MAX_TEXT_BYTES) {
                        throw new NewsroomException(
                                "import.tooLarge", Files.size(target) >> 20, ImportReader.MAX_TEXT_BYTES >> 20);
                    }
                    article = Files.readAllBytes(target);
                } else if (m.matches()) {
                    media.put(m.group(1) + "." + m.group(2), target);
                }
            }
        } catch (ZipException | EOFException e) {
            // a zip that ends early (a download cut off) is damaged, not a permission problem
            throw new NewsroomException("import.zip.damaged", e, e.getMessage());
        } catch (IOException e) {
            throw new NewsroomException("import.unreadable", e, e.getMessage());
        }
        if (article == null) {
            throw new NewsroomException("import.zip.noArticle");
        }
        String json = TextDecoding.decode(article);
        return NinjsArticle.read(
                json, schema, ImportedArticle.Kind.PACKAGE, association -> photoFile(association, media));
    }

    /** Entry names as the package's own relative paths; anything that could land outside it is refused. */
    static String safeName(String name) {
        String n = name == null ? "" : name;
        boolean escapes =
                n.isEmpty() || n.startsWith("/") || n.contains("\\") || n.matches("^[A-Za-z]:.*") || n.contains("\0");
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                escapes = true;
            }
        }
        if (escapes) {
            throw new NewsroomException("import.zip.unsafePath", n);
        }
        return n;
    }

    private long copy(InputStream in, OutputStream out, long unpackedBefore, Counting raw) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long unpacked = unpackedBefore;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            unpacked += n;
            if (unpacked > limits.maxUnpacked()) {
                throw new NewsroomException("import.zip.bomb", limits.maxUnpacked() >> 20);
            }
            if (unpacked > limits.ratioFrom() && unpacked > (long) limits.maxRatio() * Math.max(1, raw.count())) {
                throw new NewsroomException("import.zip.bomb", limits.maxUnpacked() >> 20);
            }
            out.write(buffer, 0, n);
        }
        return unpacked;
    }

    /** The original a picture association names, which the package must hold with exactly that content. */
    private static Path photoFile(JsonNode association, Map<String, Path> media) {
        String href = "";
        for (JsonNode r : association.path("renditions")) {
            if ("original".equals(r.path("name").asText())) {
                href = r.path("href").asText("");
            }
        }
        String fileName = lastSegment(href);
        var m = ORIGINAL.matcher(fileName);
        String shown = association.path("name").asText(fileName);
        if (!m.matches() || !media.containsKey(fileName)) {
            throw new NewsroomException("import.zip.missingPhoto", shown.isBlank() ? href : shown);
        }
        Path file = media.get(fileName);
        if (!m.group(1).equals(sha256(file))) {
            throw new NewsroomException("import.zip.photoDamaged", fileName);
        }
        return file;
    }

    private static String lastSegment(String href) {
        String path;
        try {
            path = URI.create(href).getPath();
        } catch (IllegalArgumentException e) {
            path = href;
        }
        if (path == null) {
            return "";
        }
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new NewsroomException("import.unreadable", e, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the compressed bytes the zip reader has taken from the file. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
