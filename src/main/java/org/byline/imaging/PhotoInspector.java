package org.byline.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.byline.domain.NewsroomException;

/**
 * Looks at a file before anything decodes it: that it is a file, readable, not empty, within the
 * size limit, really a JPEG or PNG by its first bytes, whole, and not more pixels than we are
 * willing to decode. The pixel count comes from the header alone, so a PNG that claims
 * 50,000 × 50,000 pixels (a decompression bomb) is refused without allocating its raster.
 */
public final class PhotoInspector {
    /** 100 megapixels: above any camera a local newsroom uses, far below what would exhaust memory. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    private final long maxPixels;

    public PhotoInspector(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @param maxBytes the largest file accepted
     * @throws NewsroomException naming the file and what is wrong with it
     */
    public InspectedPhoto inspect(Path file, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new NewsroomException("error.photo.directory", file);
        }
        if (!Files.exists(file)) {
            throw new NewsroomException("error.photo.notFound", file);
        }
        if (!Files.isReadable(file)) {
            throw new NewsroomException("error.photo.unreadable", file);
        }
        try {
            long bytes = Files.size(file);
            if (bytes == 0) {
                throw new NewsroomException("error.photo.empty", file);
            }
            if (bytes > maxBytes) {
                throw new NewsroomException(
                        "error.photo.tooLarge", file, megabytesRoundedUp(bytes), maxBytes / 1024 / 1024);
            }
            ImageFormat format = ImageFormat.recognise(head(file))
                    .orElseThrow(() -> new NewsroomException("error.photo.notAnImage", file));
            if (!Completeness.isWhole(file, format)) {
                throw new NewsroomException("error.photo.damaged", file);
            }
            if (format == ImageFormat.PNG && !PngText.inflatesWithin(file, PngText.MAX_INFLATED)) {
                throw new NewsroomException("error.photo.damaged", file); // a text chunk that inflates to gigabytes
            }
            int width;
            int height;
            try (Readers.Open open = Readers.open(file)) {
                width = open.reader().getWidth(0);
                height = open.reader().getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw new NewsroomException("error.photo.damaged", e, file);
            }
            if (width <= 0 || height <= 0) {
                throw new NewsroomException("error.photo.damaged", file);
            }
            if ((long) width * height > maxPixels) {
                throw new NewsroomException(
                        "error.photo.tooManyPixels", file, width + "×" + height, maxPixels / 1_000_000);
            }
            return new InspectedPhoto(file, format, bytes, width, height);
        } catch (IOException e) {
            throw new NewsroomException("error.photo.unreadable", e, file);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ImageFormat.HEAD_BYTES);
        }
    }

    private static long megabytesRoundedUp(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
