package org.byline.newsroom;

import org.byline.exchange.PastedText;

/** Paste hygiene: what comes from Word, 한글 or a web page arrives as clean body text. */
public final class Pasting {
    private Pasting() {}

    /** Body text from what the clipboard holds: its HTML when there is any, else its plain text. */
    public static String body(String html, String plain) {
        if (html != null && !html.isBlank()) {
            String fromHtml = PastedText.fromHtml(html);
            if (!fromHtml.isBlank()) {
                return fromHtml;
            }
        }
        return PastedText.fromPlain(plain);
    }

    /** For a one-line field: headline, subheadline. */
    public static String line(String plain) {
        return PastedText.oneLine(plain);
    }
}
