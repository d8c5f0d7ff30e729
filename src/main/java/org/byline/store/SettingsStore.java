package org.byline.store;

import java.util.Map;
import java.util.Optional;

/** Key-value settings that belong to the store (the outlet, what was open last). */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /**
     * Stores each value, or forgets the setting when its value is empty (back to the default), all
     * in one transaction: a form saved at once is stored whole or not at all.
     */
    void putOrRemoveAll(Map<String, String> values);

    Map<String, String> all();
}
