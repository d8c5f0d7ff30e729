package org.byline.exchange.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.byline.exchange.PastedText;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A reporter's manuscript as plain text or Markdown: the first non-blank line is the headline
 * ("# " taken off), the rest is the body. Markdown is read by a CommonMark parser and written in
 * the body format: emphasis and links become their words, "## " headings subheadings, list items
 * "- " lines. HTML inside Markdown stays as the characters typed: text, never markup.
 */
final class Manuscript {
    /**
     * Link text holds no "[" and every run is bounded: a file of 200,000 "[" (a hostile probe's)
     * took the unbounded pattern 24 s of backtracking, and now takes a moment.
     */
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^#{1,6} |\\[[^\\[\\]\\n]{1,500}]\\([^()\\s]{1,2000}\\)|\\*\\*[^*\\n]{1,500}\\*\\*|__[^_\\n]{1,500}__|^```|^\\* |^> ");

    private Manuscript() {}

    static boolean looksLikeMarkdown(String text, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md")
                || name.endsWith(".markdown")
                || MARKDOWN_SIGNS.matcher(text).find();
    }

    static ImportedArticle read(String text, boolean markdown) {
        List<String> lines = CopiedPage.lines(text);
        int first = 0;
        while (first < lines.size() && PageText.isBlank(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            return new ImportedArticle(
                    markdown ? ImportedArticle.Kind.MARKDOWN : ImportedArticle.Kind.TEXT,
                    "",
                    "",
                    List.of(),
                    "",
                    "",
                    null,
                    List.of());
        }
        String headline =
                PageText.strip(lines.get(first)).replaceFirst("^#\\s+", "").replaceFirst("\\s+#+$", "");
        String rest = String.join("\n", lines.subList(first + 1, lines.size()));
        String body = markdown ? markdownBody(rest) : PastedText.fromPlain(rest.replace('\u00a0', ' '));
        if (markdown) {
            headline = inlineText(Parser.builder().build().parse(headline));
        }
        return new ImportedArticle(
                markdown ? ImportedArticle.Kind.MARKDOWN : ImportedArticle.Kind.TEXT,
                PastedText.oneLine(headline),
                "",
                List.of(),
                body,
                "",
                null,
                List.of());
    }

    static String markdownBody(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        StringBuilder out = new StringBuilder();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            block(block, out);
        }
        return PastedText.fromPlain(out.toString());
    }

    private static void block(Node block, StringBuilder out) {
        if (block instanceof Heading h) {
            out.append("## ").append(inlineText(h).replace('\n', ' ')).append("\n\n");
        } else if (block instanceof Paragraph p) {
            out.append(inlineText(p)).append("\n\n");
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            int number =
                    block instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                String text = itemText((ListItem) item).replace('\n', ' ');
                if (block instanceof OrderedList) {
                    out.append(number++).append(". ").append(text).append('\n');
                } else {
                    out.append(text.startsWith("△") ? text : "- " + text).append('\n');
                }
            }
            out.append('\n');
        } else if (block instanceof BlockQuote q) {
            for (Node inner = q.getFirstChild(); inner != null; inner = inner.getNext()) {
                block(inner, out);
            }
        } else if (block instanceof FencedCodeBlock code) {
            out.append(code.getLiteral().strip()).append("\n\n");
        } else if (block instanceof IndentedCodeBlock code) {
            out.append(code.getLiteral().strip()).append("\n\n");
        } else if (block instanceof HtmlBlock html) {
            out.append(html.getLiteral().strip()).append("\n\n");
        } else if (!(block instanceof ThematicBreak)) {
            out.append(inlineText(block)).append("\n\n");
        }
    }

    private static String itemText(ListItem item) {
        StringBuilder text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(inlineText(child));
        }
        return text.toString();
    }

    /** The words of inline Markdown: emphasis, links and images as their text, HTML as typed. */
    static String inlineText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                out.append('\n');
            }

            @Override
            public void visit(HardLineBreak br) {
                out.append('\n');
            }

            @Override
            public void visit(Image image) {
                visitChildren(image); // its alt text
            }
        });
        return out.toString();
    }
}
