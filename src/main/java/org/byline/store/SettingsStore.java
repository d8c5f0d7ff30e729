package org.byline.store;

import java.util.Map;
import java.util.Optional;

/** Key-value settings that belong to the store (the outlet, what was open last). */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    Map<String, String> all();
}
