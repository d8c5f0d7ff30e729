package org.byline.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.Article;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.Status;
import org.byline.exchange.ExportFiles;
import org.byline.exchange.ExportFiles.Entry;
import org.byline.exchange.ExportedArticle;
import org.byline.exchange.MediaNames;
import org.byline.exchange.NewsmlWriter;
import org.byline.exchange.NinjsWriter;
import org.byline.exchange.SiteAddress;

/**
 * Articles leaving the newsroom as files, the same for the window and the command line: ninjs,
 * NewsML-G2, an HTML folder that opens offline, or a package (.zip) of all of it with the photo
 * originals. Only approved or published copy leaves unless drafts are asked for; an embargoed
 * article never does before its time (the desk's rule, {@link Desk#requireReleasable}).
 */
public final class Exports {
    /** What the article is written as; {@code code} is what the command line and the window call it. */
    public enum Format {
        NINJS("ninjs"),
        NEWSML("newsml"),
        HTML("html"),
        PACKAGE("package");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The ninjs document inside a package. */
    public static final String PACKAGE_NINJS = "article.json";
    /** The page inside an HTML folder or a package. */
    public static final String PAGE = "index.html";

    private final Drafting drafting;
    private final Desk desk;
    private final Preview preview;
    private final Photos photos;
    private final OutletSettings outlet;
    private final NinjsWriter ninjs = new NinjsWriter();
    private final NewsmlWriter newsml = new NewsmlWriter();

    public Exports(Drafting drafting, Desk desk, Preview preview, Photos photos, OutletSettings outlet) {
        this.drafting = drafting;
        this.desk = desk;
        this.preview = preview;
        this.photos = photos;
        this.outlet = outlet;
    }

    /**
     * Writes article {@code id} into {@code folder} as article-ID.json, article-ID.xml, the
     * folder article-ID/ or article-ID.zip, replacing an earlier export of it.
     *
     * @param drafts export whatever the article's status (its pubStatus then says withheld)
     * @return what was written: the file, or the HTML folder
     */
    public Path export(long id, Format format, Path folder, boolean drafts, Person by) {
        Article article = drafting.open(id);
        if (!drafts && article.status() != Status.APPROVED && article.status() != Status.PUBLISHED) {
            throw new NewsroomException("export.notApproved", id, article.status());
        }
        desk.requireReleasable(id, by, false);
        Path out = prepared(folder);
        String name = "article-" + id;
        List<Photo> attached = photos.photos(id);
        return switch (format) {
            case NINJS -> write(out.resolve(name + ".json"), ninjs.write(exported(article, attached)));
            case NEWSML -> write(out.resolve(name + ".xml"), newsml.write(exported(article, attached)));
            case HTML -> {
                Path target = out.resolve(name);
                ExportFiles.folder(target, page(article));
                yield target;
            }
            case PACKAGE -> {
                Path target = out.resolve(name + ".zip");
                List<Entry> entries = new ArrayList<>();
                entries.add(Entry.of(
                        PACKAGE_NINJS, ninjs.write(exported(article, attached)).getBytes(StandardCharsets.UTF_8)));
                entries.addAll(page(article));
                for (Photo p : distinct(attached)) {
                    entries.add(Entry.copy(MediaNames.MEDIA_FOLDER + "/" + MediaNames.original(p), photos.original(p)));
                }
                ExportFiles.zip(target, entries);
                yield target;
            }
        };
    }

    /**
     * The ninjs document a ninjs endpoint receives on push: the same as the export, addresses
     * on the outlet's site. The outbox has applied the desk's rules before it asks.
     */
    public byte[] ninjsDocument(Article article, List<Photo> attached) {
        return ninjs.write(exported(article, attached)).getBytes(StandardCharsets.UTF_8);
    }

    private ExportedArticle exported(Article article, List<Photo> attached) {
        var words = outlet.outlet();
        SiteAddress site = new SiteAddress(words.siteAddress());
        String body = preview.body(article, site::rendition);
        // ninjs's charCount is characters, whatever the desk's sheet size: no need to read the 원고지 settings
        int characters = preview.counts(article.content().body(), ManuscriptRules.STANDARD)
                .characters();
        return new ExportedArticle(article, words, body, characters, attached);
    }

    /** index.html exactly as the preview renders it, its images in photos/ beside it. */
    private List<Entry> page(Article article) {
        Map<String, Path> used = new LinkedHashMap<>();
        String html = preview.page(article, (photo, size) -> {
            String relative = MediaNames.PHOTO_FOLDER + "/" + MediaNames.rendition(photo, size);
            used.put(relative, photos.rendition(photo, size));
            return relative;
        });
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(PAGE, html.getBytes(StandardCharsets.UTF_8)));
        used.forEach((relative, file) -> entries.add(Entry.copy(relative, file)));
        return entries;
    }

    /** The same picture attached twice is one original. */
    private static List<Photo> distinct(List<Photo> attached) {
        Map<String, Photo> bySha = new LinkedHashMap<>();
        attached.forEach(p -> bySha.putIfAbsent(p.sha256(), p));
        return List.copyOf(bySha.values());
    }

    private static Path write(Path target, String text) {
        ExportFiles.file(target, text.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private static Path prepared(Path folder) {
        Path out = folder.toAbsolutePath().normalize();
        // the outermost folder this export would make (none when the folder, or a file of its name, is there)
        Path firstMade = Files.exists(out, LinkOption.NOFOLLOW_LINKS) ? null : out;
        while (firstMade != null && firstMade.getParent() != null && !Files.exists(firstMade.getParent())) {
            firstMade = firstMade.getParent();
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            // a refused folder leaves nothing: the folders made on the way to it go again
            for (Path made = out;
                    firstMade != null && made != null && made.startsWith(firstMade);
                    made = made.getParent()) {
                try {
                    if (Files.isDirectory(made, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(made); // only an empty folder: anything put there meanwhile stays
                    }
                } catch (IOException ignored) {
                    // not empty or not ours: left as it is
                }
            }
            throw new NewsroomException("export.cannotWrite", e, out, ExportFiles.reason(e));
        }
        ExportFiles.sweepLeftovers(out); // what an export killed halfway left here
        return out;
    }
}
