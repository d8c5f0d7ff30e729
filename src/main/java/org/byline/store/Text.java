package org.byline.store;

import java.text.Normalizer;

/** Text enters the store in NFC: Hangul typed or pasted on a Mac arrives decomposed (NFD). */
public final class Text {
    private Text() {}

    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
