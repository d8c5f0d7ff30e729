package org.byline.newsroom;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.store.SecretFiles;
import org.byline.store.SiteStore;

/**
 * The websites articles are pushed to. Once the store has an admin, only an admin adds or removes
 * one. The site's secret goes to the secrets folder, never into byline.db; an address must be
 * HTTPS (the password travels with every request) except on this machine, where tests and local
 * staging sites run.
 */
public final class Sites {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final SiteStore store;
    private final SecretFiles secrets;
    private final Staff staff;

    public Sites(SiteStore store, SecretFiles secrets, Staff staff) {
        this.store = store;
        this.secrets = secrets;
        this.staff = staff;
    }

    /** @param secret the application password or bearer token; overwritten once kept */
    public Site add(String name, SiteType type, String url, String user, char[] secret, Person admin) {
        staff.requireAdmin(admin, "push.adminOnly");
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty()) {
            throw new NewsroomException("push.siteNameRequired");
        }
        String address = checkedUrl(url);
        if (type == SiteType.WORDPRESS && (user == null || user.isBlank())) {
            throw new NewsroomException("push.userRequired", shown);
        }
        char[] kept = withoutLineEnd(secret);
        try {
            checkSecret(kept, shown);
            Site site = store.addSite(shown, type, address, user == null ? "" : user.strip());
            try {
                secrets.write(site.id(), kept);
            } catch (RuntimeException e) {
                try {
                    store.removeSite(site.id()); // a site without its secret could never push: keep neither
                } catch (RuntimeException removing) {
                    e.addSuppressed(removing); // the secret's failure is the one to tell
                }
                throw e;
            }
            return site;
        } finally {
            if (kept != secret) {
                Staff.forget(kept);
            }
        }
    }

    /**
     * Keeps the secret of a site the newsroom already has on this workstation, so the desk can
     * push to it from here (a joined workstation's sites are the newsroom's; each workstation that
     * pushes keeps the secrets itself). Replaces the one kept before.
     *
     * @param secret overwritten once kept
     */
    public Site keepSecret(String name, char[] secret, Person by) {
        Person actor = staff.current(by);
        if (!actor.isDesk()) {
            throw new NewsroomException("push.deskOnly", actor.name());
        }
        Site site = named(name);
        char[] kept = withoutLineEnd(secret);
        try {
            checkSecret(kept, site.name());
            secrets.write(site.id(), kept);
            return site;
        } finally {
            if (kept != secret) {
                Staff.forget(kept);
            }
        }
    }

    /** Whether this workstation keeps the site's secret, so it can push there itself. */
    public boolean sendsFromHere(Site site) {
        return secrets.sites().contains(site.id());
    }

    private static void checkSecret(char[] kept, String site) {
        if (kept.length == 0) {
            throw new NewsroomException("push.secretRequired", site);
        }
        if (!printableAscii(kept)) {
            throw new NewsroomException("push.secretUnprintable", site);
        }
    }

    /** A secret pasted or piped in often ends with a line end (a file saved on Windows: CR LF); that is not part of it. */
    private static char[] withoutLineEnd(char[] secret) {
        if (secret == null) {
            return new char[0];
        }
        int end = secret.length;
        while (end > 0 && (secret[end - 1] == '\r' || secret[end - 1] == '\n')) {
            end--;
        }
        return end == secret.length ? secret : Arrays.copyOf(secret, end);
    }

    /**
     * Application passwords and tokens are printable ASCII; anything else (a control character, a
     * letter beyond Latin-1) cannot travel in an HTTP header and would only fail at every push.
     */
    private static boolean printableAscii(char[] secret) {
        for (char ch : secret) {
            if (ch < 0x20 || ch > 0x7e) {
                return false;
            }
        }
        return true;
    }

    public List<Site> all() {
        return store.sites();
    }

    public Site named(String name) {
        return store.site(name).orElseThrow(() -> new NewsroomException("push.unknownSite", name));
    }

    /** The site a job names by its id (it may have been removed since). */
    Optional<Site> byId(long id) {
        return store.site(id);
    }

    /** The site a push goes to when none is named: the only one there is. */
    public Site only() {
        List<Site> all = all();
        if (all.isEmpty()) {
            throw new NewsroomException("push.noSite");
        }
        if (all.size() > 1) {
            throw new NewsroomException(
                    "push.whichSite",
                    String.join(", ", all.stream().map(Site::name).toList()));
        }
        return all.get(0);
    }

    public void remove(String name, Person admin) {
        staff.requireAdmin(admin, "push.adminOnly");
        Site site = named(name);
        store.removeSite(site.id());
        secrets.delete(site.id());
    }

    char[] secret(Site site) {
        return secrets.read(site.id());
    }

    /** An absolute http(s) address the HTTP client will take, port 1 to 65535; plain HTTP only to this machine. */
    public static String checkedUrl(String url) {
        String given = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new NewsroomException("push.badUrl", given);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new NewsroomException("push.badUrl", given);
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new NewsroomException("push.httpsRequired", given);
        }
        if (uri.getUserInfo() != null) {
            throw new NewsroomException("push.passwordInUrl");
        }
        // URI takes any digits as a port; the HTTP client refuses them only at the first push
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new NewsroomException("push.badPort", given, Integer.toString(uri.getPort()));
        }
        try {
            HttpRequest.newBuilder(uri);
        } catch (IllegalArgumentException e) {
            throw new NewsroomException("push.badUrl", given);
        }
        return given;
    }
}
