package org.byline.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.byline.domain.NewsroomException;

/**
 * Reads a file someone wants to import, whatever it is, deciding by its content (the name only
 * tells Markdown from plain text): a Byline package (zip), ninjs JSON, a saved news page as HTML,
 * a news page copied as text, or a manuscript in plain text or Markdown. Refuses empty, huge,
 * binary and unreadable files with a message saying which.
 */
public final class ImportReader {
    /** The largest text, HTML or JSON file read; saved pages with their scripts stay well below it. */
    public static final long MAX_TEXT_BYTES = 8L << 20;
    /** The largest package file read; what it unpacks to is limited separately. */
    public static final long MAX_PACKAGE_BYTES = 256L << 20;

    private final NinjsSchema schema;
    private final BylinePackage packages;

    public ImportReader(NinjsSchema schema) {
        this(schema, BylinePackage.Limits.DEFAULT);
    }

    ImportReader(NinjsSchema schema, BylinePackage.Limits limits) {
        this.schema = schema;
        this.packages = new BylinePackage(limits);
    }

    /** A file read, with the folder its package was unpacked into; closing deletes the folder. */
    public static final class Opened implements AutoCloseable {
        private final ImportedArticle article;
        private final Path folder;

        Opened(ImportedArticle article, Path folder) {
            this.article = article;
            this.folder = folder;
        }

        public ImportedArticle article() {
            return article;
        }

        @Override
        public void close() {
            deleteQuietly(folder);
        }
    }

    /**
     * @param scratch where a package may be unpacked (a new folder is made inside it)
     * @throws NewsroomException import.* naming what is wrong with the file
     */
    public Opened read(Path file, Path scratch) {
        return read(file, scratch, photo -> true);
    }

    /**
     * @param isPhoto which of a saved page's pictures are photos (a page's folder also holds
     *                icons, ads and broken files, which are left out rather than refusing it)
     */
    public Opened read(Path file, Path scratch, Predicate<Path> isPhoto) {
        long size;
        byte[] head;
        try {
            if (!Files.isRegularFile(file)) {
                throw new NewsroomException("import.notAFile");
            }
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
        } catch (IOException e) {
            throw new NewsroomException("import.unreadable", e, e.getMessage());
        }
        if (size == 0) {
            throw new NewsroomException("import.empty");
        }
        if (BylinePackage.isZip(head)) {
            if (size > MAX_PACKAGE_BYTES) {
                throw new NewsroomException("import.tooLarge", size >> 20, MAX_PACKAGE_BYTES >> 20);
            }
            Path folder = newFolder(scratch);
            try {
                return new Opened(checked(packages.read(file, folder, schema)), folder);
            } catch (RuntimeException e) {
                deleteQuietly(folder);
                throw e;
            }
        }
        if (size > MAX_TEXT_BYTES) {
            throw new NewsroomException("import.tooLarge", size >> 20, MAX_TEXT_BYTES >> 20);
        }
        try {
            return new Opened(
                    checked(readText(
                            Files.readAllBytes(file),
                            file.getFileName().toString(),
                            PagePictures.beside(file).accepting(isPhoto))),
                    null);
        } catch (IOException e) {
            throw new NewsroomException("import.unreadable", e, e.getMessage());
        }
    }

    /** A file's bytes that are not a zip: ninjs, HTML page, copied page or manuscript. */
    ImportedArticle readText(byte[] bytes, String fileName) {
        return readText(bytes, fileName, PagePictures.Folder.NONE);
    }

    /** @param pictures where a saved page's pictures are looked for */
    ImportedArticle readText(byte[] bytes, String fileName, PagePictures.Folder pictures) {
        String text = TextDecoding.decode(bytes);
        if (PageText.isBlank(text)) {
            throw new NewsroomException("import.empty");
        }
        if (NinjsArticle.looksLikeJson(text)) {
            return NinjsArticle.read(text, schema, ImportedArticle.Kind.NINJS, null);
        }
        if (NewsPage.looksLikeHtml(text)) {
            return NewsPage.read(text, pictures);
        }
        if (CopiedPage.looksLikeOne(text)) {
            return CopiedPage.read(text);
        }
        return Manuscript.read(text, Manuscript.looksLikeMarkdown(text, fileName));
    }

    private static ImportedArticle checked(ImportedArticle article) {
        if (article.isEmpty()) {
            throw new NewsroomException("import.nothingFound");
        }
        return article;
    }

    private static Path newFolder(Path scratch) {
        try {
            Files.createDirectories(scratch);
            return Files.createTempDirectory(scratch, "import-");
        } catch (IOException e) {
            throw new NewsroomException("import.unreadable", e, e.getMessage());
        }
    }

    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover in the scratch folder harms nothing; the next start may clean it
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
