package org.byline.publish;

import java.nio.file.Path;
import org.byline.exchange.MediaNames;

/** A photo of the story: its original file, named by its SHA-256, and the words that go with it. */
public record Picture(
        int number, String sha256, Path file, String mediaType, String caption, String alt, boolean lead) {
    public Picture {
        caption = caption == null ? "" : caption;
        alt = alt == null ? "" : alt;
    }

    /** The name the site files it under: the same for the same photo, whatever it was called on the reporter's disk. */
    public String fileName() {
        return slug() + "." + MediaNames.extension(mediaType);
    }

    /** The slug WordPress derives from {@link #fileName()}: how a lost upload is found again. */
    public String slug() {
        return "byline-" + sha256.substring(0, 16);
    }
}
