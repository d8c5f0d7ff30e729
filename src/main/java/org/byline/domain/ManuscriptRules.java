package org.byline.domain;

import java.util.Map;

/**
 * How the desk measures length: the manuscript sheet (200 characters, or the 150 some desks
 * still count in) and the length each section wants, in sheets. A section without a target has
 * none shown.
 */
public record ManuscriptRules(int sheetSize, Map<String, Integer> targets) {
    public static final int STANDARD_SHEET = 200;
    public static final int SHORT_SHEET = 150;
    public static final ManuscriptRules STANDARD = new ManuscriptRules(STANDARD_SHEET, Map.of());

    public ManuscriptRules {
        if (sheetSize != STANDARD_SHEET && sheetSize != SHORT_SHEET) {
            throw new IllegalArgumentException("sheet of " + sheetSize);
        }
        targets = Map.copyOf(targets);
    }

    /** The section's target in sheets, or 0 when it has none. */
    public int target(String section) {
        return section == null ? 0 : targets.getOrDefault(section, 0);
    }
}
