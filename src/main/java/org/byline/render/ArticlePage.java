package org.byline.render;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Outlet;
import org.byline.render.BodyFormat.Block;
import org.byline.render.BodyFormat.ListBlock;
import org.byline.render.BodyFormat.Paragraph;
import org.byline.render.BodyFormat.PhotoRef;
import org.byline.render.BodyFormat.Subheading;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article page exactly as the site shows it. The preview, {@code show --format html} and the
 * HTML export all come from here, so they cannot disagree.
 */
public final class ArticlePage {
    private final Template template = new Template("article-page.html");

    public String render(Article article, Outlet outlet, List<String> sections) {
        return render(article, outlet, sections, List.of());
    }

    /**
     * The page with its photos: the lead under the headline, the others where the body places
     * them ("[[사진2]]"), and any the body does not place after the last paragraph.
     */
    public String render(Article article, Outlet outlet, List<String> sections, List<PagePhoto> photos) {
        return page(article, outlet, sections, photos).outerHtml();
    }

    /**
     * The article's body as the page has it (byline lead, paragraphs, subheadings, lists and the
     * photos the body places), without the site around it: what ninjs carries as text/html.
     */
    public String body(Article article, Outlet outlet, List<PagePhoto> photos) {
        // only the body: the template, the site's chrome and the times are not built for it
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body().appendElement("div");
        writeBodyWithPhotos(body, article, outlet, new PhotoPlacement(photos));
        return body.html();
    }

    private Document page(Article article, Outlet outlet, List<String> sections, List<PagePhoto> photos) {
        Document doc = template.fresh();
        var content = article.content();
        doc.title(content.headline().isBlank() ? outlet.name() : content.headline() + " - " + outlet.name());
        SiteChrome.fill(doc, outlet, sections, content.section());

        Template.byId(doc, "section").text(content.section());
        Template.byId(doc, "headline").text(content.headline());
        Template.byId(doc, "subheadline").text(content.subheadline());
        Template.byId(doc, "registered").text("등록 " + SiteTime.format(article.shownRegisteredAt()));
        if (article.modifiedAt() != null) {
            Template.byId(doc, "modified").text("수정 " + SiteTime.format(article.modifiedAt()));
        }
        if (!article.correctionNote().isBlank()) {
            Template.byId(doc, "correction").text("정정: " + article.correctionNote());
        }
        PhotoPlacement placement = new PhotoPlacement(photos);
        placement.lead().ifPresent(lead -> Figures.append(Template.byId(doc, "lead-photo"), lead));
        writeBodyWithPhotos(Template.byId(doc, "body"), article, outlet, placement);
        writeReporter(Template.byId(doc, "reporter"), article);
        Element tags = Template.byId(doc, "tags");
        content.tags().forEach(tag -> tags.appendElement("li").text("#" + tag));
        return doc;
    }

    /** The paragraphs with the byline lead and the placed photos, then the photos the text does not place. */
    static void writeBodyWithPhotos(Element body, Article article, Outlet outlet, PhotoPlacement placement) {
        writeBody(body, article.content().body(), Bylines.lead(outlet, article.byline()), placement);
        placement.unplaced().forEach(photo -> Figures.append(body, photo));
    }

    static void writeBody(Element body, String text, String lead, PhotoPlacement photos) {
        boolean leadWritten = false;
        for (Block block : BodyFormat.parse(text)) {
            if (block instanceof Paragraph p) {
                Element para = body.appendElement("p");
                if (!leadWritten) {
                    para.appendText(Bylines.before(lead));
                    leadWritten = true;
                }
                for (int i = 0; i < p.lines().size(); i++) {
                    if (i > 0) {
                        para.appendElement("br");
                    }
                    para.appendText(p.lines().get(i));
                }
            } else if (block instanceof Subheading s) {
                body.appendElement("h3").text(s.text());
            } else if (block instanceof PhotoRef ref) {
                photos.place(ref.number()).ifPresent(photo -> Figures.append(body, photo));
            } else if (block instanceof ListBlock l) {
                Element list = body.appendElement("ul");
                if (l.marked()) {
                    list.addClass("marked");
                }
                l.items().forEach(item -> list.appendElement("li").text(item));
            }
        }
        if (!leadWritten && !lead.isEmpty()) {
            body.prependElement("p").text(lead);
        }
    }

    static void writeReporter(Element reporter, Article article) {
        reporter.appendElement("span").addClass("name").text(Bylines.closing(article.byline()));
        String email = article.reporter().email();
        if (!email.isBlank()) {
            reporter.appendElement("a")
                    .addClass("email")
                    .attr("href", "mailto:" + email)
                    .text(email);
        }
    }
}
