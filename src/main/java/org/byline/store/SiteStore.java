package org.byline.store;

import java.util.List;
import java.util.Optional;
import org.byline.domain.Site;
import org.byline.domain.SiteType;

/**
 * The sites the desk pushes to: their name, kind, address and user (the password is a secret file,
 * never stored here).
 */
public interface SiteStore {
    Site addSite(String name, SiteType type, String url, String user);

    List<Site> sites();

    Optional<Site> site(String name);

    Optional<Site> site(long id);

    /** Removes the site with its jobs and what it holds; refused while a job to it is still on its way. */
    void removeSite(long siteId);
}
