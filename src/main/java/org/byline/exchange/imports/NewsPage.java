package org.byline.exchange.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.byline.domain.NewsroomTime;
import org.byline.exchange.PastedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A news page saved from a browser as HTML. The article's text is found where the page's own
 * text is densest (most characters in paragraphs, fewest in links), not by one site's ids, so
 * ndsoft-style articleView pages, &lt;article&gt; pages with itemprop=articleBody and old table
 * layouts all read. Scripts, forms and styles go before anything is read; only text is kept.
 */
final class NewsPage {
    private static final Set<String> INLINE = Set.of(
            "a", "span", "b", "strong", "em", "i", "u", "font", "small", "big", "sup", "sub", "mark", "br", "label",
            "time", "abbr", "cite", "q", "s", "strike", "del", "ins", "img", "wbr", "nobr", "code", "tt");
    private static final Set<String> BLOCK_CHILDREN = Set.of(
            "p",
            "div",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "figure",
            "blockquote",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "dl",
            "pre",
            "tbody",
            "tr",
            "td");
    private static final Pattern GOOD = Pattern.compile("(?i)article|content|news[-_]?body|body|text|view|story|본문");
    private static final Pattern BAD = Pattern.compile(
            "(?i)comment|footer|foot|nav|menu|side|related|teaser|banner|copyright|weather|popular|rank|best|sns|share|gnb|lnb|header|widget|\\bad[-_]|[-_]ad\\b|list");
    private static final Pattern HEADLINE_CLASS = Pattern.compile(
            "(?i)headline|heading|article[-_]?title|news[-_]?title|view[-_]?title|tit[-_]?view|subject|art[-_]?tit");
    private static final Pattern SUBHEAD_CLASS =
            Pattern.compile("(?i)sub[-_]?title|sub[-_]?head|subheading|deck|summary|article[-_]?sub");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)caption|photo|share|sns|related|byline|reporter|writer|copyright|banner|\\bad\\b|\\bad[-_]|[-_]ad\\b|comment|tag[-_]?list|font[-_]?size");

    /** A section and a handful of tags; a page's long keyword lists are for search engines. */
    private static final int MAX_SUBJECTS = 11;

    private static final int MAX_SUBJECT_LENGTH = 30;

    private NewsPage() {}

    static ImportedArticle read(String html) {
        return read(html, PagePictures.Folder.NONE);
    }

    /** @param folder where the page's pictures are, when it was saved "complete" with them */
    static ImportedArticle read(String html, PagePictures.Folder folder) {
        Document doc = Jsoup.parse(html);
        doc.select(
                        "script, style, noscript, template, iframe, object, embed, svg, form, button, select, input, textarea, link, "
                                + "[hidden], [style~=(?i)display\\s*:\\s*none]")
                .remove();
        Instant registered = PageText.registered(doc.body().text()).orElseGet(() -> published(doc));
        Element headlineElement = headlineElement(doc);
        String headline = headlineElement != null ? headlineElement.text() : titleOf(doc);
        Element subheadElement = firstMatching(doc, SUBHEAD_CLASS);
        String subheadline =
                subheadElement == null || subheadElement.text().length() > 300 ? "" : subheadElement.text();
        String byline = bylineBox(doc);
        List<String> subjects = subjects(doc);

        doc.select("nav, header, footer, aside").remove();
        Element container = densest(doc.body());
        List<ImportedPhoto> photos = PagePictures.photos(PagePictures.in(container), folder);
        if (headlineElement != null) {
            headlineElement.remove();
        }
        if (subheadElement != null && !subheadline.isEmpty()) {
            subheadElement.remove();
        }
        container.select("figure, figcaption, h1").remove();
        for (Element e : new ArrayList<>(container.getAllElements())) {
            if (e != container
                    && e.parent() != null
                    && CHROME.matcher(e.id() + " " + e.className()).find()) {
                e.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>(
                List.of(PastedText.fromHtml(paragraphBreaks(container.html())).split("\n\n")));
        paragraphs.removeIf(PageText::isBlank);
        List<String> body = new ArrayList<>();
        for (String p : paragraphs) {
            if (!body.isEmpty() && PageText.endsArticle(p)) {
                break;
            }
            if (!PageText.isCopyright(p) && !PageText.hasStamp(p)) {
                body.add(p);
            }
        }
        while (!body.isEmpty() && PageText.isSignature(body.get(body.size() - 1))) {
            body.remove(body.size() - 1);
        }
        for (int i = 0; i < Math.min(3, body.size()); i++) {
            Optional<PageText.Lead> lead = PageText.lead(body.get(i));
            if (lead.isPresent()) {
                byline = lead.get().reporter();
                String rest = PageText.strip(body.get(i).substring(lead.get().end()));
                if (rest.isEmpty()) {
                    body.remove(i);
                } else {
                    body.set(i, rest);
                }
                break;
            }
        }
        body.removeIf(p -> p.equals(subheadline) && !subheadline.isEmpty());
        return new ImportedArticle(
                ImportedArticle.Kind.NEWS_PAGE,
                PastedText.oneLine(PageText.headline(headline)),
                PastedText.oneLine(subheadline),
                subjects,
                PastedText.fromPlain(String.join("\n\n", body)),
                byline,
                registered,
                photos);
    }

    /**
     * The page's own words for its section and tags, as news sites declare them for search
     * engines and portals: article:section, then article:tag and news_keywords. (Plain
     * "keywords" is left alone: sites fill it with the same words on every page.)
     */
    private static List<String> subjects(Document doc) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        doc.select("meta[property=article:section]").forEach(m -> found.add(m.attr("content")));
        doc.select("meta[property=article:tag]").forEach(m -> found.add(m.attr("content")));
        doc.select("meta[name=news_keywords]")
                .forEach(m -> found.addAll(List.of(m.attr("content").split("[,，]"))));
        return found.stream()
                .map(PastedText::oneLine)
                .map(String::strip)
                .filter(w -> !w.isEmpty() && w.length() <= MAX_SUBJECT_LENGTH)
                .distinct()
                .limit(MAX_SUBJECTS)
                .toList();
    }

    /** Old pages separate paragraphs by two line breaks, not &lt;p&gt;: those become paragraph ends. */
    private static String paragraphBreaks(String html) {
        return html.replaceAll("(?i)(<br\\s*/?>\\s*){2,}", "<p></p>");
    }

    /**
     * The element holding the article's paragraphs: each run of text scores for the block that
     * holds its paragraph (a &lt;p&gt;'s parent; a &lt;br&gt;-separated cell itself), link text
     * scores nothing, and names like "comment" or "footer" weigh against a block.
     */
    static Element densest(Element body) {
        Map<Element, Integer> scores = new HashMap<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    Element parent = node instanceof TextNode ? (Element) node.parent() : null;
                    if (node instanceof TextNode t && parent != null && !insideLink(parent)) {
                        int length = PageText.strip(t.getWholeText()).length();
                        if (length >= 2) {
                            Element block = blockOf(parent);
                            Element target = isParagraph(block) && block.parent() != null ? block.parent() : block;
                            scores.merge(target, length, Integer::sum);
                        }
                    }
                },
                body);
        Element best = body;
        double bestScore = -1;
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            double score = e.getValue() * weight(e.getKey()) * (1 - linkDensity(e.getKey()));
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean insideLink(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.tagName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static Element blockOf(Element e) {
        Element b = e;
        while (INLINE.contains(b.tagName()) && b.parent() != null) {
            b = b.parent();
        }
        return b;
    }

    /** One paragraph of a text: a &lt;p&gt;, or a block of inline text with at most one line break. */
    private static boolean isParagraph(Element block) {
        if (block.tagName().equals("p") || block.tagName().equals("li")) {
            return true;
        }
        if (block.tagName().equals("body")
                || block.tagName().equals("td")
                || block.tagName().equals("article")) {
            return false;
        }
        int breaks = 0;
        for (Element child : block.children()) {
            if (BLOCK_CHILDREN.contains(child.tagName())) {
                return false;
            }
            if (child.tagName().equals("br")) {
                breaks++;
            }
        }
        return breaks <= 1;
    }

    private static double weight(Element e) {
        String names = e.id() + " " + e.className() + " " + e.attr("itemprop");
        double w = 1;
        if (GOOD.matcher(names).find()) {
            w *= 1.5;
        }
        if (BAD.matcher(names).find()) {
            w *= 0.3;
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) all);
    }

    private static Element headlineElement(Document doc) {
        String reference = doc.select("meta[property=og:title]").attr("content") + " " + doc.title();
        String site = doc.select("meta[property=og:site_name]").attr("content");
        List<Element> candidates = new ArrayList<>(doc.select("[itemprop=headline]"));
        for (Element h : doc.select("h1, h2, h3, h4, div, p, strong, span, td, b")) {
            boolean named = HEADLINE_CLASS.matcher(h.id() + " " + h.className()).find()
                    && !SUBHEAD_CLASS.matcher(h.className()).find();
            if (h.tagName().equals("h1") || named) {
                candidates.add(h);
            }
        }
        candidates.removeIf(c -> c.text().length() < 4
                || c.text().length() > 200
                || c.text().equals(site)
                || !c.select("a[href=/], img").isEmpty() && c.text().length() < 12);
        for (Element c : candidates) {
            if (reference.contains(c.text())) {
                return c;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** og:title, else the page title, without " - 우리뉴스" and the like after it. */
    private static String titleOf(Document doc) {
        String og = doc.select("meta[property=og:title]").attr("content");
        String title = og.isBlank() ? doc.title() : og;
        String longest = "";
        for (String part : title.split(" [-|<:] | :: ")) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip(); // the site's name is the short part, before or after
            }
        }
        return longest;
    }

    private static Element firstMatching(Document doc, Pattern names) {
        for (Element e : doc.body().getAllElements()) {
            if (names.matcher(e.id() + " " + e.className()).find() && !e.text().isBlank()) {
                return e;
            }
        }
        return null;
    }

    /** A reporter named in the page's byline box, for pages whose article has no lead. */
    private static String bylineBox(Document doc) {
        for (Element e : doc.select(
                "[itemprop=author], .byline, .writer, .reporter, [class*=byline], [class*=writer], [class*=reporter]")) {
            Optional<String> name = PageText.reporterIn(e.text());
            if (name.isPresent()) {
                return name.get();
            }
        }
        return "";
    }

    private static Instant published(Document doc) {
        for (String value : List.of(
                doc.select("meta[property=article:published_time]").attr("content"),
                doc.select("[itemprop=datePublished]").attr("content"),
                doc.select("time[datetime]").attr("datetime"))) {
            if (value.isBlank()) {
                continue;
            }
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(value.strip())
                            .atZone(NewsroomTime.ZONE)
                            .toInstant();
                } catch (DateTimeParseException ignored) {
                    // not a time this page states clearly; look at the next
                }
            }
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        String head = PageText.strip(text.length() > 2048 ? text.substring(0, 2048) : text)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<") && (head.contains("<head") || head.contains("<body") || head.contains("<meta"));
    }
}
