package org.byline.ui.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javax.imageio.ImageIO;

/** What a paste or a drop brings: image files, or a bare image (a screenshot) saved as a PNG file. */
final class ClipboardImages {
    private ClipboardImages() {
    }

    /** Files to attach from the clipboard, or empty when it holds text or nothing usable. */
    static Optional<List<Path>> from(Clipboard clipboard) throws IOException {
        if (clipboard.hasFiles()) {
            return Optional.of(clipboard.getFiles().stream().map(f -> f.toPath()).toList());
        }
        if (clipboard.hasImage() && !clipboard.hasContent(DataFormat.PLAIN_TEXT)) {
            return Optional.of(List.of(toPng(clipboard.getImage())));
        }
        return Optional.empty();
    }

    /** A pasted screenshot as a PNG in the temp folder; Photos copies it into the store. */
    static Path toPng(Image image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        Path file = Files.createTempFile("byline-paste-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
