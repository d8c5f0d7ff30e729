package org.byline.publish;

import org.byline.domain.Site;

/** The client that speaks a site's API, signed in with its secret. */
public final class SiteClients {
    private final PushTimeouts timeouts;

    public SiteClients(PushTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    public SiteClient client(Site site, char[] secret) {
        return switch (site.type()) {
            case WORDPRESS -> new WordPressClient(site.name(), site.url(), site.user(), secret, timeouts);
            case NINJS -> new NinjsClient(site.name(), site.url(), secret, timeouts);
        };
    }
}
