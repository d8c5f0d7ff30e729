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

    /** A copied picture's pixels (ARGB, row by row): read on the FX thread, encoded elsewhere. */
    record Picture(int width, int height, int[] argb) {
    }

    /** Image files on the clipboard, or empty. */
    static Optional<List<Path>> files(Clipboard clipboard) {
        return clipboard.hasFiles() ? Optional.of(clipboard.getFiles().stream().map(f -> f.toPath()).toList()) : Optional.empty();
    }

    /** A bare picture (a screenshot) on the clipboard, when it holds no text. */
    static Optional<Picture> picture(Clipboard clipboard) {
        if (!clipboard.hasImage() || clipboard.hasContent(DataFormat.PLAIN_TEXT)) {
            return Optional.empty();
        }
        Image image = clipboard.getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return Optional.of(new Picture(w, h, argb));
    }

    /** The picture as a PNG in the temp folder (off the FX thread: seconds for a 4K screenshot). */
    static Path toPng(Picture picture) throws IOException {
        BufferedImage out = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        Path file = Files.createTempFile("byline-paste-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
