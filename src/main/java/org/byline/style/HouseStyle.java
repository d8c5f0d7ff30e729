package org.byline.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.byline.domain.Finding;

/**
 * Checks an article's text against the outlet's rules. It only warns: findings point at text,
 * nothing is changed or refused. Lengths count characters (code points), as 원고지 does.
 */
public final class HouseStyle {
    /** A sentence ends at . ? ! (and their full-width forms) followed by a space, a quote or the end. */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!。？！\\n]+(?:[.?!。？！]+[”’\"']?|$)", Pattern.MULTILINE);

    private final List<StyleRule> rules;
    private final Map<String, Pattern> compiled = new LinkedHashMap<>();

    public HouseStyle(List<StyleRule> rules) {
        this.rules = List.copyOf(rules);
        for (StyleRule rule : rules) {
            if (StyleRule.PATTERN.equals(rule.kind())) {
                compiled.put(rule.id(), Pattern.compile(rule.pattern(), Pattern.MULTILINE));
            }
        }
    }

    public List<StyleRule> rules() {
        return rules;
    }

    /** Findings for the three fields, in reading order: headline, subheadline, then body. */
    public List<Finding> check(String headline, String subheadline, String body) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline == null ? "" : headline);
        fields.put("subheadline", subheadline == null ? "" : subheadline);
        fields.put("body", body == null ? "" : body);
        for (StyleRule rule : rules) {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (rule.fields().contains(field.getKey())) {
                    check(rule, field.getKey(), field.getValue(), findings);
                }
            }
        }
        List<String> order = List.copyOf(fields.keySet());
        findings.sort(
                Comparator.comparing((Finding f) -> order.indexOf(f.field())).thenComparingInt(Finding::start));
        return findings;
    }

    /** Whether {@code rule} finds anything in {@code text} (the rules' own examples use this). */
    public boolean flags(StyleRule rule, String text) {
        List<Finding> found = new ArrayList<>();
        check(rule, rule.fields().get(0), text, found);
        return !found.isEmpty();
    }

    private void check(StyleRule rule, String field, String text, List<Finding> out) {
        switch (rule.kind()) {
            case StyleRule.PATTERN -> {
                Matcher m = compiled.get(rule.id()).matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(new Finding(
                                rule.id(),
                                say(rule, m.group(), length(m.group())),
                                field,
                                m.start(),
                                m.end(),
                                m.group()));
                    }
                }
            }
            case StyleRule.MAX_LENGTH -> {
                int length = length(text.strip());
                if (length > rule.max()) {
                    out.add(new Finding(rule.id(), say(rule, text, length), field, 0, text.length(), text));
                }
            }
            case StyleRule.SENTENCE_LENGTH -> {
                Matcher m = SENTENCE.matcher(text);
                while (m.find()) {
                    String sentence = m.group();
                    int lead = sentence.length() - sentence.stripLeading().length();
                    String trimmed = sentence.strip();
                    if (length(trimmed) > rule.max()) {
                        int start = m.start() + lead;
                        out.add(new Finding(
                                rule.id(),
                                say(rule, trimmed, length(trimmed)),
                                field,
                                start,
                                start + trimmed.length(),
                                trimmed));
                    }
                }
            }
            default -> throw new IllegalStateException(rule.kind());
        }
    }

    private static String say(StyleRule rule, String text, int length) {
        return rule.message()
                .replace("{max}", Integer.toString(rule.max()))
                .replace("{length}", Integer.toString(length))
                .replace("{text}", text);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
