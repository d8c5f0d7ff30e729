package org.byline.newsroom;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Outlet;
import org.byline.domain.Photo;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.publish.Delivery;
import org.byline.publish.Picture;
import org.byline.publish.RemoteMemory;
import org.byline.publish.SiteClient;
import org.byline.publish.SiteClients;
import org.byline.publish.Story;
import org.byline.render.PagePhoto;
import org.byline.render.PostBody;
import org.byline.store.PushClaimStore;
import org.byline.store.PushClaimStore.Claim;
import org.byline.store.SettingsStore;
import org.byline.store.SiteHoldingsStore;

/**
 * One claimed job on its way: the article as it is stored now, made into a story for the site and
 * handed to the site's client, which tells the outbox every id the site names as it goes.
 */
final class Dispatch {
    /** Byline's name for this store in slugs, so two newsrooms pushing to one site never collide. */
    static final String OUTLET_ID = "slugs.outletId";

    private final PushClaimStore claims;
    private final SiteHoldingsStore holdings;
    private final Sites sites;
    private final Drafting drafting;
    private final Photos photos;
    private final OutletSettings outlet;
    private final SettingsStore settings;
    private final ArticleDocuments documents;
    private final SiteClients clients;
    private final Clock clock;
    private final Duration lease;
    private final PushInStep inStep;

    Dispatch(
            PushClaimStore claims,
            SiteHoldingsStore holdings,
            Sites sites,
            Drafting drafting,
            Photos photos,
            OutletSettings outlet,
            SettingsStore settings,
            ArticleDocuments documents,
            SiteClients clients,
            Clock clock,
            Duration lease,
            PushInStep inStep) {
        this.claims = claims;
        this.holdings = holdings;
        this.sites = sites;
        this.drafting = drafting;
        this.photos = photos;
        this.outlet = outlet;
        this.settings = settings;
        this.documents = documents;
        this.clients = clients;
        this.clock = clock;
        this.lease = lease;
        this.inStep = inStep;
    }

    /** What arrived, and when the site shows it (null: now). */
    record Sent(Site site, Delivery delivery, Instant releaseAt) {}

    Sent send(Claim claim) {
        inStep.atLeast(claim.articleId(), claim.articleVersion());
        Article article = drafting.open(claim.articleId());
        Site site = sites.byId(claim.siteId())
                .orElseThrow(() -> new NewsroomException("push.unknownSite", "#" + claim.siteId()));
        if (!DeskAction.PUSH.allowedFrom(article.status())) {
            throw new NewsroomException("desk.state.push", article.id(), article.status());
        }
        Instant releaseAt =
                article.isEmbargoedAt(clock.instant()) && !claim.overrideEmbargo() ? article.embargoUntil() : null;
        if (releaseAt != null && site.type() != SiteType.WORDPRESS) {
            throw new NewsroomException("desk.embargoed", article.id(), article.embargoUntil());
        }
        List<Photo> attached = photos.photos(article.id());
        List<Picture> pictures = attached.stream()
                .map(p -> new Picture(
                        p.position(), p.sha256(), photos.original(p), p.mediaType(), p.caption(), p.alt(), p.lead()))
                .toList();
        Outlet shop = outlet.outlet();
        var content = article.content();
        Story story = new Story(
                article.id(),
                slug(article.id()),
                content.headline(),
                content.subheadline(),
                content.section(),
                content.tags(),
                releaseAt,
                pictures,
                sources -> PostBody.render(
                        article,
                        shop,
                        attached.stream()
                                .map(p -> new PagePhoto(
                                        p.position(),
                                        sources.getOrDefault(p.position(), ""),
                                        p.width(),
                                        p.height(),
                                        p.caption(),
                                        p.credit(),
                                        p.alt(),
                                        p.lead()))
                                .toList()),
                () -> documents.document(article, attached));
        char[] secret = sites.secret(site);
        SiteClient client;
        try {
            client = clients.client(site, secret);
        } finally {
            Staff.forget(secret);
        }
        Delivery delivery = client.deliver(story, new Memory(claim, site.id(), article.id()));
        return new Sent(site, delivery, releaseAt);
    }

    /** byline-<this store's id>-<article id>: lowercase ASCII, as WordPress keeps slugs. */
    String slug(long articleId) {
        String outletId = settings.get(OUTLET_ID).orElseGet(() -> {
            String made = Long.toHexString(new SecureRandom().nextLong() & 0xffffffffL);
            settings.put(OUTLET_ID, made);
            return made;
        });
        return "byline-" + outletId + "-" + articleId;
    }

    /** The outbox's record of one site, renewing the job's lease whenever the send makes progress. */
    private final class Memory implements RemoteMemory {
        private final Claim claim;
        private final long siteId;
        private final long articleId;

        Memory(Claim claim, long siteId, long articleId) {
            this.claim = claim;
            this.siteId = siteId;
            this.articleId = articleId;
        }

        @Override
        public Optional<String> post() {
            claims.renew(claim, lease);
            return holdings.post(siteId, articleId).map(p -> p.remoteId());
        }

        @Override
        public void rememberPost(String remoteId, String link) {
            holdings.rememberPost(siteId, articleId, remoteId, link);
            claims.renew(claim, lease);
        }

        @Override
        public Optional<Media> media(String sha256) {
            claims.renew(claim, lease);
            return holdings.media(siteId, sha256).map(m -> new Media(m.remoteId(), m.sourceUrl()));
        }

        @Override
        public void rememberMedia(String sha256, String remoteId, String sourceUrl) {
            holdings.rememberMedia(siteId, sha256, remoteId, sourceUrl);
            claims.renew(claim, lease);
        }

        @Override
        public Optional<Duration> unansweredCreate(String slug) {
            return holdings.unansweredCreate(siteId, slug);
        }

        @Override
        public void creating(String slug) {
            holdings.creating(siteId, slug);
        }

        @Override
        public void createAnswered(String slug) {
            holdings.createAnswered(siteId, slug);
        }
    }
}
