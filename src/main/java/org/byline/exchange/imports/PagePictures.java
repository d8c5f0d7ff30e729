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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The pictures of a news page saved "complete" by a browser: the page's &lt;img&gt; elements
 * point at copies in the folder beside it ("기사_files/photo.jpg"), and those copies come in as
 * the article's photos, the first as the lead, with the caption and the "사진=" credit the page
 * prints under each. Pictures on the network are not fetched (importing never goes online), and
 * no reference may reach outside the page's own folder.
 */
final class PagePictures {
    /** "(사진=영등포구청)", "[사진=연합뉴스]" or "/ 사진=홍길동 기자" at the end of a caption. */
    private static final Pattern CREDIT = Pattern.compile("\\s*(?:[(\\[]\\s*(사진\\s*(?:제공)?\\s*=[^)\\]]+)[)\\]]|/?\\s*(사진\\s*(?:제공)?\\s*=.+))\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** More than a page puts in one article; beyond this the pictures are the site's, not the story's. */
    static final int MAX_PICTURES = 30;

    /** A picture as the page shows it, before its file is looked for. */
    record Picture(String src, String caption, String credit, String alt) {
    }

    /** Resolves a picture's reference to a file, or to nothing. */
    interface Folder {
        /** Nothing resolves: the page was given as bytes only. */
        Folder NONE = src -> null;

        /** The file {@code src} names, or null when it is not a readable file in the page's folder. */
        Path resolve(String src);
    }

    private PagePictures() {
    }

    /** The pictures inside {@code article}, in the order the page shows them. */
    static List<Picture> in(Element article) {
        List<Picture> pictures = new ArrayList<>();
        Set<Element> seen = new LinkedHashSet<>();
        for (Element img : article.select("img[src]")) {
            if (!seen.add(img) || pictures.size() >= MAX_PICTURES) {
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

    /** The page's pictures that are files in its folder, as photos; the first is the lead. */
    static List<ImportedPhoto> photos(List<Picture> pictures, Folder folder) {
        List<ImportedPhoto> photos = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Picture picture : pictures) {
            Path file = folder.resolve(picture.src());
            if (file != null && files.add(file)) {
                photos.add(new ImportedPhoto(file, picture.caption(), picture.credit(), picture.alt(), photos.isEmpty()));
            }
        }
        return photos;
    }

    /** References relative to the folder {@code page} is in; links, data: and anything outside it resolve to nothing. */
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
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    return null;
                }
                Path real = file.toRealPath(); // a link inside the folder may still point out of it
                return real.startsWith(base) ? real : null;
            } catch (IllegalArgumentException | IOException e) { // a bad escape or a path the system cannot name
                return null;
            }
        };
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
