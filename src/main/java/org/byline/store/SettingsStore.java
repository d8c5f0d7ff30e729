package org.byline.store;

import java.util.Map;
import java.util.Optional;

/** Key-value settings that belong to the store (the outlet, what was open last). */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Stores {@code value}, or forgets the setting when it is empty (back to the default). */
    default void putOrRemove(String key, String value) {
        if (value.isEmpty()) {
            remove(key);
        } else {
            put(key, value);
        }
    }

    Map<String, String> all();
}
