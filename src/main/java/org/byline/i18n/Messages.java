package org.byline.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.byline.domain.NewsroomException;

/**
 * Every word Byline says, from resource bundles: Korean by default, English on request or when
 * the system's language is not Korean. LocalizationTest keeps both bundles complete.
 */
public final class Messages {
    public static final String BUNDLE = "org.byline.i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code ko} or {@code en} as asked; with nothing asked, Korean unless the system speaks another language. */
    public static Locale choose(String asked, Locale system) {
        String lang = asked != null && !asked.isBlank() ? asked.strip().toLowerCase(Locale.ROOT) : system.getLanguage();
        return "ko".equals(lang) ? Locale.KOREAN : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // ids and versions read as typed ("12345", not "12,345")
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A failure said in the user's language. */
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NewsroomException n) {
                return get(n.key(), n.args());
            }
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return get("error.unexpected", detail);
    }
}
