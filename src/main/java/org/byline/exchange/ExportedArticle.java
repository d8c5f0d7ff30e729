package org.byline.exchange;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Outlet;
import org.byline.domain.Photo;

/**
 * Everything an export format says about one article: the article, its outlet, its body as the
 * page renders it (photos at their addresses on the site), the body's character count as the
 * reporter's counter gives it, and its photos in the body's order.
 */
public record ExportedArticle(Article article, Outlet outlet, String bodyHtml, int charCount, List<Photo> photos) {
    public ExportedArticle {
        photos = List.copyOf(photos);
    }

    public SiteAddress site() {
        return new SiteAddress(outlet.siteAddress());
    }

    /** ninjs's pubStatus, NewsML's stat: code: only approved and published copy is usable. */
    public String pubStatus() {
        return switch (article.status()) {
            case APPROVED, PUBLISHED -> "usable";
            case SPIKED -> "canceled";
            case DRAFT, SUBMITTED -> "withheld";
        };
    }
}
