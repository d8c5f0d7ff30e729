package org.byline.style;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule of the outlet's house style, as written in the data directory's style-rules.json.
 * <ul>
 *   <li>{@code pattern}: every match of {@code pattern} in the fields is a finding;</li>
 *   <li>{@code maxLength}: a field longer than {@code max} characters is one;</li>
 *   <li>{@code sentenceLength}: every sentence longer than {@code max} characters is one.</li>
 * </ul>
 * The message may name {@code {max}}, {@code {length}} and {@code {text}}. {@code mustFlag} and
 * {@code mustPass} are examples the rule is tested against, so an outlet editing its rules sees at
 * once when a rule catches too much or too little.
 */
public record StyleRule(
        String id,
        String kind,
        List<String> fields,
        String pattern,
        int max,
        String message,
        List<String> mustFlag,
        List<String> mustPass) {
    public static final String PATTERN = "pattern";
    public static final String MAX_LENGTH = "maxLength";
    public static final String SENTENCE_LENGTH = "sentenceLength";

    public StyleRule {
        fields = fields == null || fields.isEmpty() ? List.of("headline", "subheadline", "body") : List.copyOf(fields);
        mustFlag = mustFlag == null ? List.of() : List.copyOf(mustFlag);
        mustPass = mustPass == null ? List.of() : List.copyOf(mustPass);
        if (PATTERN.equals(kind)) {
            Pattern.compile(pattern); // a broken rule fails when the file is read, not while typing
        } else if (!MAX_LENGTH.equals(kind) && !SENTENCE_LENGTH.equals(kind)) {
            throw new IllegalArgumentException("unknown kind of rule: " + kind);
        }
    }
}
