package org.byline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.NewsroomException;
import org.byline.domain.Section;
import org.byline.store.SectionStore;
import org.byline.store.SettingsStore;

/**
 * The manuscript sheet the desk counts in ({@code manuscript.sheet}: 200 or 150) and each
 * section's length target in sheets ({@code manuscript.target.정치}: 8). Targets are keyed by the
 * section's name, so only the sections that exist can have one.
 */
public final class ManuscriptSettings {
    public static final String SHEET = "manuscript.sheet";
    public static final String TARGET = "manuscript.target.";
    /** A 999-sheet target is already a book; anything above is a typo. */
    private static final int MAX_TARGET = 999;

    private final SettingsStore settings;
    private final SectionStore sections;

    public ManuscriptSettings(SettingsStore settings, SectionStore sections) {
        this.settings = settings;
        this.sections = sections;
    }

    public ManuscriptRules rules() {
        Map<String, String> all = settings.all();
        int sheet = ManuscriptRules.SHORT_SHEET == parse(all.get(SHEET))
                ? ManuscriptRules.SHORT_SHEET
                : ManuscriptRules.STANDARD_SHEET;
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (String section : sectionNames()) {
            int target = parse(all.get(TARGET + section));
            if (target >= 1 && target <= MAX_TARGET) {
                targets.put(section, target);
            }
        }
        return new ManuscriptRules(sheet, targets);
    }

    /** {@code manuscript.sheet} and one target key per section. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(SHEET);
        sectionNames().forEach(s -> keys.add(TARGET + s));
        return keys;
    }

    public boolean owns(String key) {
        return key.equals(SHEET) || key.startsWith(TARGET);
    }

    /** The sheet, and the targets that are set (an unset target is no target, not 0). */
    public Map<String, String> values() {
        ManuscriptRules rules = rules();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SHEET, Integer.toString(rules.sheetSize()));
        rules.targets().forEach((section, target) -> values.put(TARGET + section, Integer.toString(target)));
        return values;
    }

    /** The value {@code typed} would be stored as, or the refusal; stores nothing. */
    String checked(String key, String typed) {
        if (key.startsWith(TARGET)) {
            String section = key.substring(TARGET.length());
            if (!sectionNames().contains(section)) {
                throw new NewsroomException("error.noSectionForTarget", section, String.join(", ", sectionNames()));
            }
        }
        return checkedValue(key, typed);
    }

    /**
     * The value alone, without asking the store whether the section is there: quick enough for
     * the settings window to ask on the FX thread at every keystroke (its fields are made from
     * the sections it read).
     */
    static String checkedValue(String key, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (key.equals(SHEET)) {
            if (!value.isEmpty() && !value.equals("200") && !value.equals("150")) {
                throw new NewsroomException("error.badSheetSize", value);
            }
        } else if (key.startsWith(TARGET)) {
            int target = parse(value);
            if (!value.isEmpty() && (target < 1 || target > MAX_TARGET)) {
                throw new NewsroomException("error.badTarget", key, value);
            }
        } else {
            throw new NewsroomException("error.unknownSetting", key, SHEET + ", " + TARGET + "…");
        }
        return value;
    }

    private List<String> sectionNames() {
        return sections.active().stream().map(Section::name).toList();
    }

    /** A whole number, or -1 ("8", not "8매" or "8.5"). */
    private static int parse(String value) {
        return value != null && value.strip().matches("\\d{1,4}") ? Integer.parseInt(value.strip()) : -1;
    }
}
