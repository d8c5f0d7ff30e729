package org.byline.imaging;

import java.nio.file.Path;

/**
 * A photo file that passed inspection: its format, its size in bytes and its width and height as
 * stored (before EXIF orientation), read from the header without decoding a pixel.
 */
public record InspectedPhoto(Path file, ImageFormat format, long bytes, int width, int height) {}
