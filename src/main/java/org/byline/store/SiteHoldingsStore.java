package org.byline.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.byline.domain.RemotePost;

/**
 * What each site already holds: its post for an article, its copy of a photo original, and the
 * creates sent to it whose answer has not come. Written the moment a site names a thing, read
 * before anything is created, so a push lands exactly once. The sites themselves are
 * {@link SiteStore}'s, the jobs {@link PushJobStore}'s.
 */
public interface SiteHoldingsStore {
    /** A photo original a site holds: the site's id for it and the address it serves it from. */
    record RemoteMedia(String remoteId, String sourceUrl) {}

    Optional<RemoteMedia> media(long siteId, String sha256);

    void rememberMedia(long siteId, String sha256, String remoteId, String sourceUrl);

    Optional<RemotePost> post(long siteId, long articleId);

    /** Every site the article has reached, with its address there. */
    List<RemotePost> posts(long articleId);

    /** Written the moment the site names the post, before anything else can go wrong. */
    void rememberPost(long siteId, long articleId, String remoteId, String link);

    /** How long ago a create with this slug went to the site without an answer coming back, if one did. */
    Optional<Duration> unansweredCreate(long siteId, String slug);

    /** A create is about to go: kept until it is answered (see {@link #createAnswered}), across a kill too. */
    void creating(long siteId, String slug);

    void createAnswered(long siteId, String slug);
}
