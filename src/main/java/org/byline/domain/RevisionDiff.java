package org.byline.domain;

import java.util.List;

/**
 * Two revisions of one article side by side: the fields first (headline, subheadline, section,
 * byline, tags), then the body line by line. A changed row also says which characters differ.
 */
public record RevisionDiff(Revision from, Revision to, List<Row> rows) {
    public RevisionDiff {
        rows = List.copyOf(rows);
    }

    public enum Field {
        HEADLINE,
        SUBHEADLINE,
        SECTION,
        BYLINE,
        TAGS,
        BODY
    }

    public enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /**
     * The characters {@code start} (inclusive) to {@code end} (exclusive) of a row's text, as
     * {@link String} indices so a view can highlight {@code text.substring(start, end)}. The diff
     * itself compares whole code points, so a span never splits a character. An empty span marks
     * the place where the other side has text this side does not.
     */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("span " + start + ".." + end);
            }
        }

        public boolean isEmpty() {
            return start == end;
        }
    }

    /**
     * One row of the side-by-side view. {@code left} is the older text, {@code right} the newer;
     * an added row has an empty left, a removed row an empty right. For a CHANGED row
     * {@code leftSpans.get(i)} and {@code rightSpans.get(i)} are the two sides of one change, and
     * the text between consecutive spans is the same on both sides, so a view can also show the
     * row inline. The other kinds have no spans.
     */
    public record Row(Field field, Kind kind, String left, String right, List<Span> leftSpans, List<Span> rightSpans) {
        public Row {
            leftSpans = List.copyOf(leftSpans);
            rightSpans = List.copyOf(rightSpans);
            if (leftSpans.size() != rightSpans.size()) {
                throw new IllegalArgumentException("spans come in pairs");
            }
        }

        public static Row same(Field field, String text) {
            return new Row(field, Kind.SAME, text, text, List.of(), List.of());
        }

        public static Row added(Field field, String text) {
            return new Row(field, Kind.ADDED, "", text, List.of(), List.of());
        }

        public static Row removed(Field field, String text) {
            return new Row(field, Kind.REMOVED, text, "", List.of(), List.of());
        }
    }

    /** True when nothing differs between the two revisions. */
    public boolean isUnchanged() {
        return rows.stream().allMatch(r -> r.kind() == Kind.SAME);
    }

    /** The rows of one field; for {@link Field#BODY} these are the body's lines in order. */
    public List<Row> rows(Field field) {
        return rows.stream().filter(r -> r.field() == field).toList();
    }
}
