package org.byline.ui.photos;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** What a paste or a drop brings: image files, or a bare image (a screenshot) saved as a PNG file. */
final class ClipboardImages {
    private ClipboardImages() {}

    /** Image files on the clipboard, or empty. */
    static Optional<List<Path>> files(Clipboard clipboard) {
        return clipboard.hasFiles()
                ? Optional.of(clipboard.getFiles().stream().map(f -> f.toPath()).toList())
                : Optional.empty();
    }

    /** A bare picture (a screenshot) on the clipboard, when it holds no text. */
    static Optional<PastedPicture> picture(Clipboard clipboard) {
        if (!clipboard.hasImage() || clipboard.hasContent(DataFormat.PLAIN_TEXT)) {
            return Optional.empty();
        }
        Image image = clipboard.getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return Optional.of(new PastedPicture(w, h, argb));
    }
}
