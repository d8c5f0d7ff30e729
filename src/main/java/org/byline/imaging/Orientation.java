package org.byline.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns stored pixels upright by their EXIF orientation. Cameras store the sensor's rows as they
 * came and only note how the camera was held; a browser showing a rendition would not know.
 */
final class Orientation {
    private Orientation() {}

    /** {@code stored} (TYPE_INT_RGB) as displayed; the same image when orientation is 1. */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swaps = orientation >= 5;
        int dw = swaps ? h : w;
        int dh = swaps ? w : h;
        BufferedImage shown = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_RGB);
        int[] from = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) shown.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                // the stored pixel (sx, sy) shown at (x, y), as EXIF 2.32 defines tags 2 to 8
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> {
                        sx = w - 1 - y;
                        sy = x;
                    } // 8
                }
                to[y * dw + x] = from[sy * w + sx];
            }
        }
        return shown;
    }
}
