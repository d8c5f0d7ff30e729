package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.Outlet;
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

    /**
     * The same page with each photo's image at {@code source} instead of its local file: an
     * export gives paths relative to its own folder, so the page is the preview's in every other byte.
     */
    public String page(Article article, PhotoSource source) {
        Site site = site();
        return page.render(article, site.outlet(), site.sections(), pagePhotos(article, source));
    }

    /** The page's body alone, its photos at {@code source} (ninjs and NewsML carry it). */
    public String body(Article article, PhotoSource source) {
        return page.body(article, outlet.outlet(), pagePhotos(article, source));
    }

    /** Where a page finds a photo's image in a given size. */
    @FunctionalInterface
    public interface PhotoSource {
        String src(Photo photo, Rendition size);
    }

    public String teaser(Article article, Site site) {
        PagePhoto lead = article.id() == 0
                ? null
                : photos.photos(article.id()).stream()
                        .filter(Photo::lead)
                        .findFirst()
                        .map(p -> pagePhoto(p, Rendition.THUMBNAIL))
                        .orElse(null);
        return front.render(article, site.outlet(), site.sections(), lead);
    }

    private List<PagePhoto> pagePhotos(Article article) {
        return pagePhotos(article, this::localFile);
    }

    private List<PagePhoto> pagePhotos(Article article, PhotoSource source) {
        if (article.id() == 0) {
            return List.of();
        }
        return photos.photos(article.id()).stream()
                .map(p -> pagePhoto(p, Rendition.VIEW, source))
                .toList();
    }

    private PagePhoto pagePhoto(Photo p, Rendition size) {
        return pagePhoto(p, size, this::localFile);
    }

    /** A photo as the page shows it: where its rendition is and the size that rendition has. */
    private static PagePhoto pagePhoto(Photo p, Rendition size, PhotoSource source) {
        return new PagePhoto(
                p.position(),
                source.src(p, size),
                size.widthOf(p),
                size.heightOf(p),
                p.caption(),
                p.credit(),
                p.alt(),
                p.lead());
    }

    private String localFile(Photo p, Rendition size) {
        return photos.rendition(p, size).toUri().toString();
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
    public record Site(Outlet outlet, List<String> sections, ManuscriptRules manuscript) {}
}
