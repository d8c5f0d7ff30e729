package org.byline.newsroom;

import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Section;
import org.byline.store.SectionStore;

/**
 * The site's sections as the admin keeps them: add, rename, reorder, retire and restore. Nothing
 * is ever deleted, so no article loses its section; a rename shows on every old article, as it
 * does on the site.
 */
public final class Sections {
    /** Longer names do not fit the site's menu or the queue's column. */
    static final int MAX_NAME = 20;
    /** Setting keys that end in a section's name and move with a rename. */
    private static final List<String> KEYED_SETTINGS = List.of(ManuscriptSettings.TARGET);

    private final SectionStore store;
    private final Staff staff;

    public Sections(SectionStore store, Staff staff) {
        this.store = store;
        this.staff = staff;
    }

    /** Every section, retired ones marked, in the site's order. */
    public List<Section> all() {
        return store.all();
    }

    public Section add(String name, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        return store.add(checked(name));
    }

    public void rename(String from, String to, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        store.rename(from, checked(to), KEYED_SETTINGS);
    }

    /** @param place 1 for the first place in the site's menu */
    public void move(String name, int place, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        store.move(name, place);
    }

    public void retire(String name, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        store.retire(name, true);
    }

    public void restore(String name, Person by) {
        staff.requireAdmin(by, "people.adminOnlySettings");
        store.retire(name, false);
    }

    /** A name fit for a menu and for a setting key: no line breaks, '=' or ','. */
    private static String checked(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()
                || name.codePointCount(0, name.length()) > MAX_NAME
                || name.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == '=' || cp == ',')) {
            throw new NewsroomException("error.badSectionName", typed == null ? "" : typed);
        }
        return name;
    }
}
