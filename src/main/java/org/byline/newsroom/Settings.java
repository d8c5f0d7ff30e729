package org.byline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.NewsroomException;

/**
 * Every setting the desk can change with {@code settings set KEY VALUE}, whichever part of the
 * newsroom owns it: each part validates its own keys, this only knows which part to ask.
 */
public final class Settings {
    private final OutletSettings outlet;
    private final PhotoSettings photos;

    public Settings(OutletSettings outlet, PhotoSettings photos) {
        this.outlet = outlet;
        this.photos = photos;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(OutletSettings.KEYS);
        keys.addAll(PhotoSettings.KEYS);
        return keys;
    }

    /** Every setting with the value in force, the outlet's first. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>(outlet.values());
        values.putAll(photos.values());
        return values;
    }

    public void set(String key, String value) {
        if (OutletSettings.KEYS.contains(key)) {
            outlet.set(key, value);
        } else if (PhotoSettings.KEYS.contains(key)) {
            photos.set(key, value);
        } else {
            throw new NewsroomException("error.unknownSetting", key, String.join(", ", keys()));
        }
    }
}
