package org.byline.render;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Outlet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's body as a site's post content: the same paragraphs, byline lead, subheadings,
 * lists and placed photos as the page, then the reporter. The lead photo is left out because the
 * site shows it as the post's featured image; the headline, subheadline and 등록 line are the
 * site's own. Built by jsoup like the page, so everything typed is text.
 */
public final class PostBody {
    private PostBody() {}

    /** @param photos with {@code src} pointing where the site serves each photo */
    public static String render(Article article, Outlet outlet, List<PagePhoto> photos) {
        Document doc = Document.createShell("");
        Element body = doc.body().appendElement("div");
        ArticlePage.writeBodyWithPhotos(body, article, outlet, new PhotoPlacement(photos));
        if (!article.correctionNote().isBlank()) {
            body.appendElement("p").addClass("correction").text("정정: " + article.correctionNote());
        }
        ArticlePage.writeReporter(body.appendElement("p").addClass("reporter"), article);
        doc.outputSettings().prettyPrint(false);
        return body.html();
    }
}
