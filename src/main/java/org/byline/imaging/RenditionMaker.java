package org.byline.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.byline.domain.NewsroomException;
import org.byline.domain.Rendition;

/**
 * Makes the site's sizes of a photo as JPEG files: decoded once, with subsampling so that a
 * 24-megapixel original is never held at full size, flattened on white (PNG transparency), scaled
 * down in halving steps (each a 2 × 2 average, so fine detail does not alias), turned upright by
 * its EXIF orientation, never scaled up.
 */
public final class RenditionMaker {
    /** A good trade between size and visible artefacts for news photos on the web. */
    public static final float DEFAULT_QUALITY = 0.85f;

    private final float quality;

    public RenditionMaker(float quality) {
        this.quality = quality;
    }

    /**
     * Writes each asked size of {@code original} to the file given for it.
     *
     * @param shownName how to name the photo in a message (the reporter's file name)
     * @throws NewsroomException error.photo.damaged when the original cannot be decoded
     */
    public void make(Path original, int orientation, Map<Rendition, Path> targets, String shownName) {
        if (targets.isEmpty()) {
            return;
        }
        List<Rendition> largestFirst = new ArrayList<>(targets.keySet());
        largestFirst.sort(Comparator.comparingInt(Rendition::width).reversed());
        boolean swaps = orientation >= 5 && orientation <= 8;

        BufferedImage current;
        int storedWidth;
        int storedHeight;
        try (Readers.Open open = Readers.open(original)) {
            storedWidth = open.reader().getWidth(0);
            storedHeight = open.reader().getHeight(0);
            int shownWidth = swaps ? storedHeight : storedWidth;
            int largest = Math.min(largestFirst.get(0).width(), shownWidth);
            current = onWhite(decode(open, Math.max(1, shownWidth / (2 * largest))));
        } catch (IOException | RuntimeException e) {
            throw new NewsroomException("error.photo.damaged", e, shownName);
        }

        int shownWidth = swaps ? storedHeight : storedWidth;
        for (Rendition size : largestFirst) {
            double scale = Math.min(1.0, size.width() / (double) shownWidth);
            int w = Math.max(1, (int) Math.round(storedWidth * scale));
            int h = Math.max(1, (int) Math.round(storedHeight * scale));
            current = scaleDown(current, w, h); // the next, smaller size starts from this one
            writeJpeg(Orientation.upright(current, orientation), targets.get(size));
        }
    }

    /**
     * Reads every {@code step}-th pixel of every {@code step}-th row: the decoder then never holds
     * the full raster. The caller asks for at least twice the largest size, which the halving
     * steps then average down.
     */
    private static BufferedImage decode(Readers.Open open, int step) throws IOException {
        ImageReadParam param = open.reader().getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        List<String> warnings = new ArrayList<>();
        open.reader().addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = open.reader().read(0, param);
        // the JDK's JPEG decoder paints a cut-off photo grey and only warns
        for (String w : warnings) {
            if (w != null && w.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new IIOException(w);
            }
        }
        return image;
    }

    /** Any decoded type (grey, palette, 16-bit, alpha, CMYK converted) as plain RGB, transparency on white. */
    static BufferedImage onWhite(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    static BufferedImage scaleDown(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = current.getWidth();
        int h = current.getHeight();
        while (w != width || h != height) {
            w = w > width ? Math.max(w / 2, width) : width;
            h = h > height ? Math.max(h / 2, height) : height;
            current = resized(current, w, h);
        }
        return current;
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private void writeJpeg(BufferedImage image, Path target) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new NewsroomException("error.photo.cannotStore", e, target, e.getMessage());
        } finally {
            writer.dispose();
        }
    }
}
