package org.byline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.store.SettingsStore;

/**
 * Every setting the desk can change with {@code settings set KEY VALUE}, whichever part of the
 * newsroom owns it: each part validates its own keys, this only knows which part to ask.
 */
public final class Settings {
    private final OutletSettings outlet;
    private final PhotoSettings photos;
    private final ManuscriptSettings manuscript;
    private final Staff staff;
    private final SettingsStore store;

    public Settings(
            OutletSettings outlet,
            PhotoSettings photos,
            ManuscriptSettings manuscript,
            Staff staff,
            SettingsStore store) {
        this.store = store;
        this.outlet = outlet;
        this.photos = photos;
        this.manuscript = manuscript;
        this.staff = staff;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(OutletSettings.KEYS);
        keys.addAll(PhotoSettings.KEYS);
        keys.addAll(manuscript.keys());
        return keys;
    }

    /** Every setting with the value in force, the outlet's first. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>(outlet.values());
        values.putAll(photos.values());
        values.putAll(manuscript.values());
        return values;
    }

    /**
     * Throws what {@link #set} would refuse in this value, and changes nothing: the settings
     * window says it at the field as one types. Who may change settings is {@link #set}'s to say.
     */
    public void check(String key, String value) {
        if (manuscript.owns(key)) {
            ManuscriptSettings.checkedValue(key, value); // no store read: this runs as one types
        } else {
            checked(key, value);
        }
    }

    /**
     * Changes one setting. Once the store has an admin, only an admin may.
     *
     * @param by who changes it; may be null while the store has no admin
     */
    public void set(String key, String value, Person by) {
        setAll(Map.of(key, value), by);
    }

    /**
     * Changes several settings, all or none: every value is checked before any is stored, so a
     * form with one bad field changes nothing (the window's 설정 saves this way), and the values
     * are stored in one transaction.
     */
    public void setAll(Map<String, String> changes, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        Map<String, String> checked = new LinkedHashMap<>();
        changes.forEach((key, value) -> checked.put(key, checked(key, value)));
        store.putOrRemoveAll(checked);
    }

    private String checked(String key, String value) {
        if (OutletSettings.KEYS.contains(key)) {
            // the outlet's words stand on every page and in every terminal listing: typed text,
            // cleaned as an article's headline is (no control, invisible or direction characters)
            return outlet.checked(key, TypedContent.line(value));
        } else if (PhotoSettings.KEYS.contains(key)) {
            return photos.checked(key, value);
        } else if (manuscript.owns(key)) {
            return manuscript.checked(key, value);
        }
        throw new NewsroomException("error.unknownSetting", key, String.join(", ", keys()));
    }
}
