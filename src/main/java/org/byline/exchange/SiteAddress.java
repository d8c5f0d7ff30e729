package org.byline.exchange;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.byline.domain.Outlet;
import org.byline.domain.Photo;
import org.byline.domain.Rendition;

/**
 * The outlet's addresses as exports name them: every one absolute and pure ASCII, a Korean
 * section or tag percent-encoded as UTF-8, so a strict reader takes each as a URI. The base is the
 * setting outlet.site; when it is unset (or not an http(s) address) it is
 * {@link Outlet#DEFAULT_SITE}, the same address the page's masthead links to.
 */
public final class SiteAddress {
    private static final Pattern HTTP = Pattern.compile("(?i)(https?)://([^/?#\\s]+)([^?#\\s]*).*");
    private final String base;

    public SiteAddress(String siteAddress) {
        this.base = normalise(siteAddress == null ? "" : siteAddress.strip());
    }

    /** The outlet's home, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The article's identity: the same for every version and every export of it. */
    public String article(long id) {
        return base + "/articles/" + id;
    }

    public String section(String name) {
        return base + "/sections/" + segment(name);
    }

    public String tag(String name) {
        return base + "/tags/" + segment(name);
    }

    /** The photo's identity, by its content. */
    public String photo(Photo photo) {
        return base + "/photos/" + photo.sha256();
    }

    /** The original file on the site; its last segment is {@link MediaNames#original}. */
    public String original(Photo photo) {
        return base + "/" + MediaNames.MEDIA_FOLDER + "/" + MediaNames.original(photo);
    }

    public String rendition(Photo photo, Rendition size) {
        return base + "/" + MediaNames.MEDIA_FOLDER + "/" + MediaNames.rendition(photo, size);
    }

    /** One path segment: everything but RFC 3986's unreserved characters as %XX of its UTF-8 bytes. */
    public static String segment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Scheme and host (a Korean domain in its xn-- form) and path, encoded; query and fragment dropped. */
    private static String normalise(String typed) {
        Matcher m = HTTP.matcher(typed);
        if (!m.matches()) {
            return Outlet.DEFAULT_SITE;
        }
        try {
            String host = IDN.toASCII(m.group(2).toLowerCase(Locale.ROOT));
            StringBuilder path = new StringBuilder();
            for (String part : m.group(3).split("/")) {
                if (!part.isEmpty()) {
                    path.append('/')
                            .append(segment(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8)));
                }
            }
            String address = m.group(1).toLowerCase(Locale.ROOT) + "://" + host + path;
            URI checked = new URI(address);
            return checked.isAbsolute() && checked.getHost() != null ? address : Outlet.DEFAULT_SITE;
        } catch (IllegalArgumentException | URISyntaxException e) {
            return Outlet.DEFAULT_SITE;
        }
    }
}
