package org.byline.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An ImageIO reader on a file, closed together with its stream. */
final class Readers {
    static {
        // decode from the file itself, never through a temporary cache file
        ImageIO.setUseCache(false);
    }

    private Readers() {}

    /** A reader set on {@code file}; TwelveMonkeys' JPEG reader comes first when it is on the class path. */
    static Open open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException("cannot open " + file);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IOException("no image reader for " + file);
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return new Open(reader, in);
    }

    record Open(ImageReader reader, ImageInputStream stream) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.dispose();
            stream.close();
        }
    }
}
