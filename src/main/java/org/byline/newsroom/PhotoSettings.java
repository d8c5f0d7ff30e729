package org.byline.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.store.SettingsStore;

/** How large a photo file the newsroom accepts, as a setting of the store. */
public final class PhotoSettings {
    public static final String MAX_MEGABYTES = "photos.maxMegabytes";
    /** Larger than any camera JPEG; a 50 MB file is a scan or a TIFF-sized export that needs resizing first. */
    public static final int DEFAULT_MAX_MEGABYTES = 50;

    public static final List<String> KEYS = List.of(MAX_MEGABYTES);

    private final SettingsStore settings;

    public PhotoSettings(SettingsStore settings) {
        this.settings = settings;
    }

    public int maxMegabytes() {
        return settings.get(MAX_MEGABYTES).map(PhotoSettings::positive).orElse(DEFAULT_MAX_MEGABYTES);
    }

    public long maxBytes() {
        return maxMegabytes() * 1024L * 1024L;
    }

    /** Every photo setting with the value in force (a default where none was set). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MAX_MEGABYTES, Integer.toString(maxMegabytes()));
        return values;
    }

    /** The value {@code typed} would be stored as, or the refusal; stores nothing. */
    String checked(String key, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!KEYS.contains(key)) {
            throw new NewsroomException("error.unknownSetting", key, String.join(", ", KEYS));
        }
        if (!value.isEmpty() && positive(value) == null) {
            throw new NewsroomException("error.settingNotPositive", key, value);
        }
        return value;
    }

    /** The value as a whole number of at least 1, or null ("80", not "80MB", "-1" or "1.5"). */
    private static Integer positive(String value) {
        if (!value.matches("\\d{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n >= 1 ? n : null;
    }
}
