package org.byline.cli;

import java.util.ArrayList;
import java.util.List;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.RevisionDiff.Field;
import org.byline.domain.RevisionDiff.Row;
import org.byline.domain.RevisionDiff.Span;
import org.byline.i18n.Messages;
import org.byline.render.SiteTime;

/**
 * Revisions and their differences as terminal text: changed characters inline as
 * {@code [-old-]{+new+}}, the way word-diff tools print them, so a script can read them too.
 */
final class RevisionText {
    private final Messages messages;

    RevisionText(Messages messages) {
        this.messages = messages;
    }

    String kind(String kind) {
        return switch (kind) {
            case Revision.SUBMIT -> messages.get("revision.kind.submit");
            case Revision.DESK_EDIT -> messages.get("revision.kind.deskEdit");
            case Revision.APPROVE -> messages.get("revision.kind.approve");
            case Revision.RESTORE -> messages.get("revision.kind.restore");
            default -> messages.get("revision.kind.manual");
        };
    }

    String title(Revision r) {
        return messages.get("revision.title", r.number(), kind(r.kind()), r.by(), SiteTime.format(r.at()));
    }

    String field(Field field) {
        return switch (field) {
            case HEADLINE -> messages.get("revision.field.headline");
            case SUBHEADLINE -> messages.get("revision.field.subheadline");
            case SECTION -> messages.get("revision.field.section");
            case BYLINE -> messages.get("revision.field.byline");
            case TAGS -> messages.get("revision.field.tags");
            case BODY -> messages.get("revision.field.body");
        };
    }

    /**
     * The diff as lines: a header naming both revisions, the fields that changed, then the body
     * with a mark in front of each line: two spaces unchanged, ~ changed, - removed, + added.
     */
    List<String> diff(RevisionDiff diff) {
        List<String> lines = new ArrayList<>();
        lines.add("--- " + title(diff.from()));
        lines.add("+++ " + title(diff.to()));
        if (diff.isUnchanged()) {
            lines.add(messages.get("cli.diffSame"));
            return lines;
        }
        for (Row row : diff.rows()) {
            if (row.field() != Field.BODY && row.kind() != RevisionDiff.Kind.SAME) {
                lines.add(field(row.field()) + ": " + inline(row));
            }
        }
        lines.add(field(Field.BODY) + ":");
        for (Row row : diff.rows(Field.BODY)) {
            lines.add(
                    switch (row.kind()) {
                        case SAME -> "  " + row.left();
                        case CHANGED -> "~ " + inline(row);
                        case REMOVED -> "- " + row.left();
                        case ADDED -> "+ " + row.right();
                    });
        }
        return lines;
    }

    /** One row with both sides in one line; the text between spans is the same on both sides. */
    static String inline(Row row) {
        return switch (row.kind()) {
            case SAME -> row.left();
            case ADDED -> "{+" + row.right() + "+}";
            case REMOVED -> "[-" + row.left() + "-]";
            case CHANGED -> changed(row);
        };
    }

    private static String changed(Row row) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < row.leftSpans().size(); i++) {
            Span old = row.leftSpans().get(i);
            Span now = row.rightSpans().get(i);
            out.append(row.left(), at, old.start());
            if (!old.isEmpty()) {
                out.append("[-").append(row.left(), old.start(), old.end()).append("-]");
            }
            if (!now.isEmpty()) {
                out.append("{+").append(row.right(), now.start(), now.end()).append("+}");
            }
            at = old.end();
        }
        return out.append(row.left().substring(at)).toString();
    }
}
