package org.byline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body format reporters already type, parsed into blocks:
 * <ul>
 *   <li>a blank line (spaces and no-break spaces count as blank) ends a paragraph;</li>
 *   <li>a line beginning with △ or "-" is a list item; △ stays visible, as the site shows it;</li>
 *   <li>a line beginning with "## " is a subheading;</li>
 *   <li>a line that is just "[[사진2]]" places photo 2 there;</li>
 *   <li>other lines are paragraph text; a single line break inside a paragraph is kept.</li>
 * </ul>
 * Nothing else is markup: quotes, brackets and anything that looks like HTML stay as typed.
 */
public final class BodyFormat {
    private BodyFormat() {}

    /** A piece of the body: a paragraph (its lines), a subheading, or a list (its items). */
    public sealed interface Block permits Paragraph, Subheading, ListBlock, PhotoRef {}

    public record Paragraph(List<String> lines) implements Block {}

    public record Subheading(String text) implements Block {}

    /** "[[사진2]]": photo number 2 of the article goes here. */
    public record PhotoRef(int number) implements Block {}

    private static final Pattern PHOTO_REF = Pattern.compile("\\[\\[사진\\s*(\\d{1,3})]]");

    /** The photo number a line places, or 0 when the line is not a photo reference. */
    public static int photoNumber(String line) {
        Matcher m = PHOTO_REF.matcher(strip(line));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** {@code marked} lists keep their △ in the text and show no bullet of their own. */
    public record ListBlock(List<String> items, boolean marked) implements Block {}

    /** The paragraphs of the body: runs of lines between blank lines. */
    public static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines(body)) {
            if (isBlank(line)) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    public static List<Block> parse(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs(body)) {
            List<String> text = new ArrayList<>();
            List<String> items = new ArrayList<>();
            boolean marked = false;
            for (String line : paragraph.split("\n")) {
                String trimmed = strip(line);
                LineKind kind = kindOf(trimmed);
                if (kind != LineKind.ITEM_DASH && kind != LineKind.ITEM_TRIANGLE
                        || (!items.isEmpty() && marked != (kind == LineKind.ITEM_TRIANGLE))) {
                    flushList(blocks, items, marked);
                }
                if (kind != LineKind.TEXT && !text.isEmpty()) {
                    blocks.add(new Paragraph(List.copyOf(text)));
                    text.clear();
                }
                switch (kind) {
                    case PHOTO -> blocks.add(new PhotoRef(photoNumber(trimmed)));
                    case SUBHEADING -> blocks.add(new Subheading(strip(trimmed.substring(2))));
                    case ITEM_TRIANGLE -> {
                        marked = true;
                        items.add(trimmed);
                    }
                    case ITEM_DASH -> {
                        marked = false;
                        items.add(strip(trimmed.substring(1)));
                    }
                    case TEXT -> text.add(trimmed);
                }
            }
            flushList(blocks, items, marked);
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(List.copyOf(text)));
            }
        }
        return blocks;
    }

    /** The body as running text, without list markers or subheading marks (for teasers). */
    public static String plainText(String body) {
        List<String> parts = new ArrayList<>();
        for (Block block : parse(body)) {
            if (block instanceof Paragraph p) {
                parts.add(String.join(" ", p.lines()));
            } else if (block instanceof Subheading s) {
                parts.add(s.text());
            } else if (block instanceof ListBlock l) {
                parts.add(String.join(" ", l.items()));
            }
        }
        return String.join(" ", parts);
    }

    private enum LineKind {
        TEXT,
        SUBHEADING,
        ITEM_TRIANGLE,
        ITEM_DASH,
        PHOTO
    }

    private static LineKind kindOf(String line) {
        if (photoNumber(line) > 0) {
            return LineKind.PHOTO;
        }
        if (line.startsWith("## ")) {
            return LineKind.SUBHEADING;
        }
        if (line.startsWith("△")) {
            return LineKind.ITEM_TRIANGLE;
        }
        // "-1.5%" and "--" are text, not list items
        if (line.length() > 1 && line.charAt(0) == '-' && !Character.isDigit(line.charAt(1)) && line.charAt(1) != '-') {
            return LineKind.ITEM_DASH;
        }
        return LineKind.TEXT;
    }

    private static void flushList(List<Block> blocks, List<String> items, boolean marked) {
        if (!items.isEmpty()) {
            blocks.add(new ListBlock(List.copyOf(items), marked));
            items.clear();
        }
    }

    static List<String> lines(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        return List.of(text.split("\n", -1));
    }

    /**
     * Blank also when the line holds only no-break spaces, as text copied from a browser does.
     * Import reads pages by the same rule, so a line blank here is blank there.
     */
    public static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    /** Strips every kind of space: U+00A0, the BOM and the zero-width space too (Java's strip() keeps them). */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\ufeff' || c == '\u200b';
    }
}
