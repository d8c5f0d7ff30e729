package org.byline.exchange.imports;

import java.nio.file.Path;

/**
 * A photo an imported article brings: its file (unpacked from a package), caption, credit and
 * alt text, and whether the document made it the lead.
 */
public record ImportedPhoto(Path file, String caption, String credit, String alt, boolean lead) {
    public ImportedPhoto {
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
        alt = alt == null ? "" : alt.strip();
    }
}
