package org.byline.ui.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A copied picture's pixels (ARGB, row by row), read from the clipboard on the FX thread and
 * written as a PNG elsewhere. Plain Java, so the ViewModel can hand it to a worker.
 */
record PastedPicture(int width, int height, int[] argb) {
    /** The picture as a PNG in the temp folder (seconds for a 4K screenshot: not on the FX thread). */
    Path toPng() throws IOException {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        Path file = Files.createTempFile("byline-paste-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
