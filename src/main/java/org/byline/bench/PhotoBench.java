package org.byline.bench;

import static org.byline.bench.Figures.millis;
import static org.byline.bench.Figures.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.byline.domain.Rendition;
import org.byline.imaging.RenditionMaker;

/**
 * The renditions of a 24-megapixel camera JPEG (6000 × 4000) against a plain full decode of the
 * same file: what subsampled decoding saves.
 */
final class PhotoBench implements Measurement {
    private final int runs;

    PhotoBench(int runs) {
        this.runs = runs;
    }

    @Override
    public void measure(Path dir, PrintWriter out) throws IOException {
        Files.createDirectories(dir);
        Path photo = dir.resolve("24mp.jpg");
        writeCameraLikeJpeg(photo, 6000, 4000);
        out.printf("photos: generated a 6000×4000 JPEG of %.1f MB%n", Files.size(photo) / 1024.0 / 1024.0);
        RenditionMaker maker = new RenditionMaker(RenditionMaker.DEFAULT_QUALITY);
        Map<Rendition, Path> thumbnail = Map.of(Rendition.THUMBNAIL, dir.resolve("thumbnail.jpg"));
        Map<Rendition, Path> all = new EnumMap<>(Rendition.class);
        for (Rendition size : Rendition.values()) {
            all.put(size, dir.resolve(size.code() + ".jpg"));
        }
        List<Double> decode = new ArrayList<>();
        List<Double> thumb = new ArrayList<>();
        List<Double> three = new ArrayList<>();
        for (int i = -1; i < runs; i++) { // the first round warms the JIT and is not counted
            double d = millis(() -> fullDecode(photo));
            double t = millis(() -> maker.make(photo, 1, thumbnail, "24mp.jpg"));
            double r = millis(() -> maker.make(photo, 1, all, "24mp.jpg"));
            if (i >= 0) {
                decode.add(d);
                thumb.add(t);
                three.add(r);
            }
        }
        report(
                out,
                "photos: thumbnail (220 px) of a 24-megapixel JPEG",
                "ImageIO.read of the whole photo",
                decode,
                "subsampled decode + thumbnail",
                thumb);
        report(
                out,
                "photos: thumbnail, view and base (220, 640, 1400 px) of a 24-megapixel JPEG",
                "ImageIO.read of the whole photo",
                decode,
                "subsampled decode + three renditions",
                three);
    }

    private static void fullDecode(Path photo) {
        try {
            BufferedImage image = ImageIO.read(photo.toFile());
            if (image.getWidth() != 6000) {
                throw new IllegalStateException("decoded " + image.getWidth());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gradient with per-pixel noise, so the JPEG is as large and as costly to decode as a camera's. */
    private static void writeCameraLikeJpeg(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(24);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = Math.min(255, x * 200 / width + random.nextInt(40));
                int g = Math.min(255, y * 200 / height + random.nextInt(40));
                int b = Math.min(255, (x + y) * 100 / (width + height) + 80 + random.nextInt(40));
                pixels[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
