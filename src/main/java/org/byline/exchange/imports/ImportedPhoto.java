package org.byline.exchange.imports;

import java.nio.file.Path;

/** A photo an imported article brings: its file (unpacked from a package), caption and credit. */
public record ImportedPhoto(Path file, String caption, String credit) {
    public ImportedPhoto {
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
    }
}
