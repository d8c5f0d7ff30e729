package org.byline.exchange.imports;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The pictures of a news page saved "complete" by a browser: the page's &lt;img&gt; elements
 * point at copies in the folder beside it ("기사_files/photo.jpg"), and those copies come in as
 * the article's photos, the first as the lead, with the caption and the "사진=" credit the page
 * prints under each. Pictures on the network are not fetched (importing never goes online), and
 * no reference may reach outside the folder the browser saved with the page.
 */
final class PagePictures {
    /** "(사진=영등포구청)", "[사진=연합뉴스]" or "/ 사진=홍길동 기자" at the end of a caption. */
    private static final Pattern CREDIT =
            Pattern.compile("\\s*(?:[(\\[]\\s*(사진\\s*(?:제공)?\\s*=[^)\\]]+)[)\\]]|/?\\s*(사진\\s*(?:제공)?\\s*=.+))\\s*$");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** The site's own boxes around or inside an article: none of their pictures is the story's. */
    private static final Pattern SITE_BOX = Pattern.compile(
            "(?i)\\bad\\b|\\bads\\b|\\bad[-_]|[-_]ads?\\b|advert|banner|sponsor|promo|related|relation|recommend|popular|rank|teaser"
                    + "|\\bsns|share|social|comment|reply|\\blogo");

    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|bmp)$");

    /** A picture as the page shows it, before its file is looked for. */
    record Picture(String src, String caption, String credit, String alt) {}

    /** Resolves a picture's reference to a file, or to nothing. */
    interface Folder {
        /** Nothing resolves: the page was given as bytes only. */
        Folder NONE = src -> null;

        /** The file {@code src} names, or null when it is not a readable file in the page's folder. */
        Path resolve(String src);

        /** Only the files {@code photo} accepts: the newsroom's own test of what is a photo. */
        default Folder accepting(Predicate<Path> photo) {
            return src -> {
                Path file = resolve(src);
                return file != null && photo.test(file) ? file : null;
            };
        }
    }

    /** More than one story carries; past this a saved page's pictures are the site's gallery. */
    static final int MOST_PHOTOS = 30;

    private PagePictures() {}

    /**
     * The pictures inside {@code article}, in the order the page shows them, without those in the
     * site's boxes (ads, banners, related articles, share buttons, comments) and without teaser
     * thumbnails, which link to another page.
     */
    static List<Picture> in(Element article) {
        List<Picture> pictures = new ArrayList<>();
        for (Element img : article.select("img[src]")) {
            if (inSiteBox(img, article) || linksElsewhere(img)) {
                continue;
            }
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            String captionText = "";
            String credit = "";
            if (caption != null) {
                Element creditSpan = caption.selectFirst(".credit");
                if (creditSpan != null) { // Byline's own page: caption and credit in their own spans
                    credit = creditSpan.text().replaceAll("^[(\\[]|[)\\]]$", "");
                    creditSpan.remove();
                }
                captionText = caption.text();
                Matcher m = CREDIT.matcher(captionText);
                if (credit.isEmpty() && m.find()) {
                    credit = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                    captionText = captionText.substring(0, m.start());
                }
            }
            pictures.add(new Picture(img.attr("src"), captionText.strip(), credit, img.attr("alt")));
        }
        return pictures;
    }

    /** Looks at the picture and what holds it, up to the article (whose own names say nothing here). */
    private static boolean inSiteBox(Element img, Element article) {
        for (Element e = img; e != null && e != article; e = e.parent()) {
            if (SITE_BOX.matcher(e.id() + " " + e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A picture that is a link to another page is a teaser; a link to the picture itself (to enlarge it) is not. */
    private static boolean linksElsewhere(Element img) {
        Element link = img.closest("a[href]");
        if (link == null) {
            return false;
        }
        String href = link.attr("href").strip();
        int cut = indexOfAny(href, '?', '#');
        String path = cut < 0 ? href : href.substring(0, cut);
        return !(path.isEmpty()
                || href.startsWith("#")
                || href.regionMatches(true, 0, "javascript:", 0, 11)
                || IMAGE_FILE.matcher(path).find());
    }

    /**
     * The page's pictures that are files in its folder, as photos, the first as the lead. The
     * others are shown after the last paragraph: their places in the page's text are not kept,
     * because a [[사진N]] line put where a picture sat (often inside a sentence's own element)
     * would break the paragraphs and the lead and signature rules the text is read by.
     */
    static List<ImportedPhoto> photos(List<Picture> pictures, Folder folder) {
        List<ImportedPhoto> photos = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Picture picture : pictures) {
            Path file = photos.size() < MOST_PHOTOS ? folder.resolve(picture.src()) : null;
            if (file != null && files.add(file)) {
                photos.add(
                        new ImportedPhoto(file, picture.caption(), picture.credit(), picture.alt(), photos.isEmpty()));
            }
        }
        return photos;
    }

    /**
     * References into the folder a browser saved beside {@code page} ("기사_files/...", whatever
     * the page is called now). Nothing else resolves: not links, data: or absolute paths, not
     * ../, not a link pointing out, and not the other files in the page's folder, so a page saved
     * into a home folder cannot bring in the pictures kept there.
     */
    static Folder beside(Path page) {
        Path base;
        try {
            base = page.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            return Folder.NONE;
        }
        return src -> {
            String ref = src.strip();
            int cut = indexOfAny(ref, '?', '#');
            ref = cut < 0 ? ref : ref.substring(0, cut);
            if (ref.isEmpty() || SCHEME.matcher(ref).find() || ref.startsWith("/") || ref.startsWith("\\")) {
                return null; // http:, data:, file: and absolute paths: the network or somewhere else on the disk
            }
            try {
                // browsers write "%EA%B8%B0%EC%82%AC_files/..." for 기사_files; a + is a plus in a path
                String decoded = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
                Path file = base.resolve(decoded).normalize();
                if (!file.startsWith(base)
                        || file.getNameCount() < base.getNameCount() + 2
                        || !Files.isRegularFile(file)) {
                    return null;
                }
                Path saved = base.resolve(file.getName(base.getNameCount()));
                if (!saved.getFileName().toString().endsWith("_files") || hidden(base.relativize(file))) {
                    return null;
                }
                // a link (the saved folder itself, or a file in it) may still point out of it
                Path savedReal = saved.toRealPath();
                Path real = file.toRealPath();
                return savedReal.startsWith(base) && real.startsWith(savedReal) ? real : null;
            } catch (IllegalArgumentException | IOException e) { // a bad escape or a path the system cannot name
                return null;
            }
        };
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
