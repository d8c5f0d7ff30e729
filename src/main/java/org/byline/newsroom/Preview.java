package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.Photo;
import org.byline.domain.Rendition;
import org.byline.domain.TextCounts;
import org.byline.render.ArticlePage;
import org.byline.render.ManuscriptCounter;
import org.byline.render.PagePhoto;
import org.byline.render.SectionFront;

/** The article as the site will show it: its page, its teaser, and its length. */
public final class Preview {
    private final OutletSettings outlet;
    private final Drafting drafting;
    private final Photos photos;
    private final ManuscriptSettings manuscript;
    private final ArticlePage page = new ArticlePage();
    private final SectionFront front = new SectionFront();

    public Preview(OutletSettings outlet, Drafting drafting, Photos photos, ManuscriptSettings manuscript) {
        this.outlet = outlet;
        this.manuscript = manuscript;
        this.drafting = drafting;
        this.photos = photos;
    }

    /** Everything a render needs that lives in the store, read once and reused while typing. */
    public Site site() {
        return new Site(outlet.outlet(), drafting.sectionNames(), manuscript.rules());
    }

    /** The page with the article's photos as they are stored now (local rendition files). */
    public String page(Article article, Site site) {
        return page.render(article, site.outlet(), site.sections(), pagePhotos(article));
    }

    public String page(Article article) {
        return page(article, site());
    }

    public String teaser(Article article, Site site) {
        PagePhoto lead = article.id() == 0 ? null : photos.photos(article.id()).stream().filter(Photo::lead).findFirst()
                .map(p -> pagePhoto(p, Rendition.THUMBNAIL)).orElse(null);
        return front.render(article, site.outlet(), site.sections(), lead);
    }

    private List<PagePhoto> pagePhotos(Article article) {
        if (article.id() == 0) {
            return List.of();
        }
        return photos.photos(article.id()).stream().map(p -> pagePhoto(p, Rendition.VIEW)).toList();
    }

    /** A photo as the page shows it: its rendition file and the size that rendition has. */
    private PagePhoto pagePhoto(Photo p, Rendition size) {
        int width = Math.min(p.width(), size.width());
        int height = (int) Math.round(p.height() * (width / (double) p.width()));
        String src = photos.rendition(p, size).toUri().toString();
        return new PagePhoto(p.position(), src, width, height, p.caption(), p.credit(), p.alt(), p.lead());
    }

    /** The body's length on the sheet the desk counts in (reads the setting: not for every keystroke). */
    public TextCounts counts(String body) {
        return counts(body, manuscript.rules());
    }

    /** The sheet and the sections' length targets, as the settings hold them now. */
    public ManuscriptRules manuscript() {
        return manuscript.rules();
    }

    public TextCounts counts(String body, ManuscriptRules rules) {
        return ManuscriptCounter.count(body, rules.sheetSize());
    }

    /** The outlet, its sections and how length is measured, as a render sees them. */
    public record Site(org.byline.domain.Outlet outlet, java.util.List<String> sections, ManuscriptRules manuscript) {
    }
}
