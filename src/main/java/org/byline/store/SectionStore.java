package org.byline.store;

import java.util.List;
import org.byline.domain.Section;

/**
 * The site's sections, in the order the site lists them. Articles point at a section's id, so a
 * rename reaches every old article and a retired section stays on the articles that have it.
 */
public interface SectionStore {
    /** Every section, retired ones included, in the site's order. */
    List<Section> all();

    /** The sections in use: the site's menu and the editor's choices. */
    List<Section> active();

    Section add(String name);

    /**
     * Renames a section; every article under it shows the new name, and settings keyed by the
     * section's name (its length target) move with it in the same transaction.
     *
     * @param settingPrefixes prefixes of setting keys that end in a section's name
     */
    void rename(String from, String to, List<String> settingPrefixes);

    /** Moves a section to {@code place} (1 = first) in the site's order. */
    void move(String name, int place);

    /** Retires or restores a section. The last section in use cannot be retired. */
    void retire(String name, boolean retired);
}
