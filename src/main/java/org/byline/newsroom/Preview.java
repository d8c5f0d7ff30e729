package org.byline.newsroom;

import org.byline.domain.Article;
import org.byline.domain.TextCounts;
import org.byline.render.ArticlePage;
import org.byline.render.ManuscriptCounter;
import org.byline.render.SectionFront;

/** The article as the site will show it: its page, its teaser, and its length. */
public final class Preview {
    private final OutletSettings outlet;
    private final Drafting drafting;
    private final ArticlePage page = new ArticlePage();
    private final SectionFront front = new SectionFront();

    public Preview(OutletSettings outlet, Drafting drafting) {
        this.outlet = outlet;
        this.drafting = drafting;
    }

    /** Everything a render needs that lives in the store, read once and reused while typing. */
    public Site site() {
        return new Site(outlet.outlet(), drafting.sectionNames());
    }

    public String page(Article article, Site site) {
        return page.render(article, site.outlet(), site.sections());
    }

    public String page(Article article) {
        return page(article, site());
    }

    public String teaser(Article article, Site site) {
        return front.render(article, site.outlet(), site.sections());
    }

    public TextCounts counts(String body) {
        return ManuscriptCounter.count(body);
    }

    /** The outlet and its sections, as a render sees them. */
    public record Site(org.byline.domain.Outlet outlet, java.util.List<String> sections) {
    }
}
