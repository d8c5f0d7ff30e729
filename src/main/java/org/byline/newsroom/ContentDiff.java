package org.byline.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.byline.domain.ArticleContent;
import org.byline.domain.RevisionDiff.Field;
import org.byline.domain.RevisionDiff.Kind;
import org.byline.domain.RevisionDiff.Row;
import org.byline.domain.RevisionDiff.Span;

/**
 * Compares two texts of an article the way an editor reads a change: field by field, the body
 * line by line (a reporter's paragraph is one line), and inside a changed line character by
 * character. Characters are code points, so one Hangul syllable or emoji is one unit and never
 * half of a surrogate pair.
 */
final class ContentDiff {
    /**
     * Below this share of characters in common a line counts as rewritten and is marked whole:
     * two different Korean sentences still share syllables such as 다, 는 and spaces, and marking
     * around those reads as noise.
     */
    private static final double REWRITTEN_BELOW = 0.4;
    /** Lines of a changed block are paired when at least this share of their syllable pairs match. */
    private static final double SIMILAR_FROM = 0.3;

    private ContentDiff() {}

    static List<Row> rows(ArticleContent left, ArticleContent right) {
        return rows(left, null, right, null);
    }

    /** With the bylines; a null one (a revision kept before bylines were) leaves the row out. */
    static List<Row> rows(ArticleContent left, String leftByline, ArticleContent right, String rightByline) {
        List<Row> rows = new ArrayList<>();
        rows.add(field(Field.HEADLINE, left.headline(), right.headline()));
        rows.add(field(Field.SUBHEADLINE, left.subheadline(), right.subheadline()));
        rows.add(field(Field.SECTION, left.section(), right.section()));
        if (leftByline != null && rightByline != null) {
            rows.add(field(Field.BYLINE, leftByline, rightByline));
        }
        rows.add(tags(left.tags(), right.tags()));
        rows.addAll(body(lines(left.body()), lines(right.body())));
        return rows;
    }

    private static Row field(Field field, String left, String right) {
        if (left.equals(right)) {
            return Row.same(field, left);
        }
        if (left.isEmpty()) {
            return Row.added(field, right);
        }
        if (right.isEmpty()) {
            return Row.removed(field, left);
        }
        return changed(field, left, right);
    }

    /**
     * Tags change as whole words: a retyped tag is marked whole, not letter by letter. A span takes
     * the separator with it (", " after a tag, or before one at the end), so that between spans
     * both sides still read the same, as they do in every changed row.
     */
    private static Row tags(List<String> left, List<String> right) {
        String l = String.join(", ", left);
        String r = String.join(", ", right);
        if (left.equals(right) || l.isEmpty() || r.isEmpty()) {
            return field(Field.TAGS, l, r);
        }
        int[] ls = starts(left);
        int[] rs = starts(right);
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(left, right).getDeltas()) {
            int p = d.getSource().getPosition();
            int q = d.getTarget().getPosition();
            // only equal tags follow the last change, so it reaches the end on both sides or on neither
            boolean atEnd = p + d.getSource().size() == left.size();
            leftSpans.add(tagSpan(ls, l.length(), p, p + d.getSource().size(), atEnd));
            rightSpans.add(tagSpan(rs, r.length(), q, q + d.getTarget().size(), atEnd));
        }
        return new Row(Field.TAGS, Kind.CHANGED, l, r, leftSpans, rightSpans);
    }

    /** Where each tag starts in the joined text, and one past the end as if another followed. */
    private static int[] starts(List<String> tags) {
        int[] starts = new int[tags.size() + 1];
        for (int i = 0; i < tags.size(); i++) {
            starts[i + 1] = starts[i] + tags.get(i).length() + 2; // ", "
        }
        return starts;
    }

    /** Tags {@code from} to {@code to} (exclusive) with their separator. */
    private static Span tagSpan(int[] starts, int length, int from, int to, boolean atEnd) {
        if (!atEnd) {
            return new Span(starts[from], starts[to]);
        }
        return new Span(from == 0 ? 0 : starts[from] - 2, length);
    }

    private static List<String> lines(String body) {
        if (body.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static List<Row> body(List<String> left, List<String> right) {
        List<Row> rows = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(left, right, true).getDeltas()) {
            List<String> from = d.getSource().getLines();
            List<String> to = d.getTarget().getLines();
            switch (d.getType()) {
                case EQUAL -> from.forEach(line -> rows.add(Row.same(Field.BODY, line)));
                case DELETE -> from.forEach(line -> rows.add(Row.removed(Field.BODY, line)));
                case INSERT -> to.forEach(line -> rows.add(Row.added(Field.BODY, line)));
                case CHANGE -> rows.addAll(changedBlock(from, to));
            }
        }
        return rows;
    }

    /**
     * Lines replaced by other lines. One line for one is an edited paragraph. With more on either
     * side, lines that still resemble each other are paired as edits and the rest are removed or
     * added, so inserting a paragraph above an edited one does not pair the wrong two.
     */
    private static List<Row> changedBlock(List<String> from, List<String> to) {
        if (from.size() == 1 && to.size() == 1) {
            return List.of(line(from.get(0), to.get(0)));
        }
        Map<List<String>, Boolean> similar = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        var pairs = DiffUtils.diff(from, to, (a, b) -> similar.computeIfAbsent(List.of(a, b), k -> resemble(a, b)))
                .getDeltas();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : pairs) {
            // between deltas are the resembling pairs
            while (i < d.getSource().getPosition()) {
                rows.add(line(from.get(i++), to.get(j++)));
            }
            d.getSource().getLines().forEach(line -> rows.add(Row.removed(Field.BODY, line)));
            d.getTarget().getLines().forEach(line -> rows.add(Row.added(Field.BODY, line)));
            i += d.getSource().size();
            j += d.getTarget().size();
        }
        while (i < from.size()) {
            rows.add(line(from.get(i++), to.get(j++)));
        }
        return rows;
    }

    private static Row line(String left, String right) {
        if (left.equals(right)) {
            return Row.same(Field.BODY, left);
        }
        if (left.isBlank() && !right.isBlank()) {
            return Row.added(Field.BODY, right);
        }
        if (right.isBlank() && !left.isBlank()) {
            return Row.removed(Field.BODY, left);
        }
        return changed(Field.BODY, left, right);
    }

    /** A changed row with the differing characters of each side marked. */
    static Row changed(Field field, String left, String right) {
        List<Integer> a = left.codePoints().boxed().toList();
        List<Integer> b = right.codePoints().boxed().toList();
        List<AbstractDelta<Integer>> deltas = DiffUtils.diff(a, b).getDeltas();
        int differing = deltas.stream()
                .mapToInt(d -> d.getSource().size() + d.getTarget().size())
                .sum();
        double common = (a.size() + b.size() - differing) / (double) Math.max(1, a.size() + b.size());
        if (common < REWRITTEN_BELOW) {
            return new Row(
                    field,
                    Kind.CHANGED,
                    left,
                    right,
                    List.of(new Span(0, left.length())),
                    List.of(new Span(0, right.length())));
        }
        int[] l = charIndexOfCodePoint(left);
        int[] r = charIndexOfCodePoint(right);
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        for (AbstractDelta<Integer> d : deltas) {
            leftSpans.add(new Span(
                    l[d.getSource().getPosition()],
                    l[d.getSource().getPosition() + d.getSource().size()]));
            rightSpans.add(new Span(
                    r[d.getTarget().getPosition()],
                    r[d.getTarget().getPosition() + d.getTarget().size()]));
        }
        return new Row(field, Kind.CHANGED, left, right, leftSpans, rightSpans);
    }

    /** For each code point index 0..n, the String index where it starts (n: the length). */
    private static int[] charIndexOfCodePoint(String s) {
        int[] index = new int[s.codePointCount(0, s.length()) + 1];
        int at = 0;
        for (int i = 0; i < index.length - 1; i++) {
            index[i] = at;
            at += Character.charCount(s.codePointAt(at));
        }
        index[index.length - 1] = s.length();
        return index;
    }

    /**
     * Whether two lines look like versions of one paragraph: the Dice share of their syllable
     * pairs (code point bigrams). Cheap enough to ask for every pair of a rewritten article.
     */
    static boolean resemble(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return a.isBlank() && b.isBlank();
        }
        Map<Long, Integer> pairs = new HashMap<>();
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        IntStream.range(0, Math.max(1, x.length - 1)).forEach(i -> pairs.merge(bigram(x, i), 1, Integer::sum));
        int shared = 0;
        for (int i = 0; i < Math.max(1, y.length - 1); i++) {
            Integer left = pairs.get(bigram(y, i));
            if (left != null && left > 0) {
                pairs.put(bigram(y, i), left - 1);
                shared++;
            }
        }
        return 2.0 * shared / (Math.max(1, x.length - 1) + Math.max(1, y.length - 1)) >= SIMILAR_FROM;
    }

    private static long bigram(int[] codePoints, int i) {
        long second = i + 1 < codePoints.length ? codePoints[i + 1] : -1;
        return ((long) codePoints[i] << 32) ^ (second & 0xffffffffL);
    }
}
