package org.byline.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.byline.domain.Person;
import org.byline.domain.SiteType;
import org.byline.publish.WordPressStandIn;
import org.byline.publish.WordPressStandIn.Fault;
import org.byline.publish.WordPressStandIn.Kind;

/**
 * A WordPress site made for a while on the loopback (the newsroom benchmark), beside
 * {@link ScratchNewsroom}: it fails one create in {@code faultEvery} on purpose as a site does (a
 * 503, a post made but the connection closed before the answer, an answer 1.5 s late), and says at
 * the end how many articles it holds more than once.
 */
public final class ScratchSite implements AutoCloseable {
    private static final String USER = "editor";
    /** The stand-in's application password: a fixture of the run, not anyone's secret. */
    private static final String SECRET = "scratch AAAA BBBB CCCC";

    private static final String POSTS = "/wp-json/wp/v2/posts";

    private final WordPressStandIn site;
    private final String name;
    private final int faultEvery;
    private final Random random = new Random(7);
    private final AtomicInteger faults = new AtomicInteger();

    private ScratchSite(WordPressStandIn site, String name, int faultEvery) {
        this.site = site;
        this.name = name;
        this.faultEvery = faultEvery;
    }

    public static ScratchSite start(String name, int faultEvery) {
        try {
            ScratchSite scratch = new ScratchSite(new WordPressStandIn(USER, SECRET), name, faultEvery);
            scratch.site.chaos(scratch::fault);
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Fault fault(String request) {
        if (!request.equals("POST " + POSTS) || random.nextInt(faultEvery) != 0) {
            return null;
        }
        faults.incrementAndGet();
        return switch (random.nextInt(3)) {
            case 0 -> new Fault("POST", POSTS, Kind.STATUS, 503, "service_unavailable", 0);
            case 1 -> new Fault("POST", POSTS, Kind.CLOSE_AFTER_WORK, 0, "", 0);
            default -> new Fault("POST", POSTS, Kind.SLOW, 0, "", 1500);
        };
    }

    public String name() {
        return name;
    }

    /** An admin adds the site to the newsroom of {@code store} (the secret stays at that workstation). */
    public void addTo(Newsroom store, Person admin) {
        store.sites().add(name, SiteType.WORDPRESS, site.url(), USER, SECRET.toCharArray(), admin);
    }

    /** A desk workstation keeps the site's secret, so it may send to the site too. */
    public void keepSecretAt(Newsroom store, Person desk) {
        store.sites().keepSecret(name, SECRET.toCharArray(), desk);
    }

    public int posts() {
        return site.postSlugs().size();
    }

    /** Posts beyond one per article (the slug ends in the article's number, whatever outlet made it). */
    public int postedTwice() {
        List<String> slugs = site.postSlugs();
        long articles = slugs.stream()
                .map(slug -> slug.replaceAll("^.*-", ""))
                .distinct()
                .count();
        return (int) (slugs.size() - articles);
    }

    /** The faults the site made on purpose. */
    public int faults() {
        return faults.get();
    }

    @Override
    public void close() {
        site.close();
    }
}
