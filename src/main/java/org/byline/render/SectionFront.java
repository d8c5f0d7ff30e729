package org.byline.render;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Outlet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article as a teaser on its section's front page: headline and the start of the body. */
public final class SectionFront {
    /** About what the site shows under a headline on a section front. */
    public static final int TEASER_LENGTH = 120;

    private final Template template = new Template("section-front.html");

    public String render(Article article, Outlet outlet, List<String> sections) {
        return render(article, outlet, sections, null);
    }

    /** The teaser, with the lead photo's thumbnail beside it when there is one. */
    public String render(Article article, Outlet outlet, List<String> sections, PagePhoto thumbnail) {
        Document doc = template.fresh();
        var content = article.content();
        String section = content.section().isBlank() ? "전체기사" : content.section();
        doc.title(section + " - " + outlet.name());
        SiteChrome.fill(doc, outlet, sections, content.section());
        Template.byId(doc, "front-title").text(section);
        Template.byId(doc, "teaser-headline").text(content.headline()).attr("href", outlet.siteAddress());
        Template.byId(doc, "teaser-text").text(teaser(content.body()));
        if (thumbnail != null) {
            Template.byId(doc, "teaser-text")
                    .before(new Element("img")
                            .addClass("teaser-thumb")
                            .attr("src", thumbnail.src())
                            .attr("alt", thumbnail.alt()));
        }
        Template.byId(doc, "teaser-reporter").text(Bylines.closing(article.byline()));
        Template.byId(doc, "teaser-date").text(SiteTime.format(article.shownRegisteredAt()));
        return doc.outerHtml();
    }

    /** The first {@value #TEASER_LENGTH} characters of the body as text, cut at a word where one is near. */
    public static String teaser(String body) {
        String text = BodyFormat.plainText(body).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= TEASER_LENGTH) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, TEASER_LENGTH));
        int space = cut.lastIndexOf(' ');
        if (space > TEASER_LENGTH - 20) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }
}
