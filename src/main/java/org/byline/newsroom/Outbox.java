package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.RemotePost;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.publish.RetryPolicy;
import org.byline.publish.SiteClients;
import org.byline.store.PushClaimStore;
import org.byline.store.PushJobStore;
import org.byline.store.SettingsStore;
import org.byline.store.SiteHoldingsStore;

/**
 * Every push is a job in the store: queued, sending, done, or failed with its reason. Jobs are
 * sent by whoever runs the outbox (the window's {@link OutboxWorker}, {@code push} waiting on the
 * command line, {@code outbox run}); a passing fault puts the job back with a growing wait, anything
 * else fails it until the desk retries. Because jobs and every id a site names are in SQLite, they
 * survive a restart: a job left 'sending' by a run that stopped is taken again when its lease runs
 * out (at once when that run was on this machine and its process is gone), and the site's post is
 * found by its slug instead of being created twice.
 *
 * <p>This class is what the desk and the commands ask of the outbox; the {@link Courier} carries
 * the jobs, {@link PushOutcomes} writes what came of them.
 */
public final class Outbox implements AutoCloseable {
    /**
     * How long a send may go without a heartbeat before another run may take the job over. Short,
     * so that a job whose sender died on another machine goes again within half a minute; a living
     * sender renews it every quarter lease however long its request takes (see {@link Courier}).
     */
    public static final Duration LEASE = Duration.ofSeconds(20);

    private final PushJobStore store;
    private final SiteHoldingsStore holdings;
    private final Sites sites;
    private final Desk desk;
    private final Staff staff;
    private final Courier courier;
    private final OutboxWorker worker;
    private final PushInStep inStep;

    private Outbox(
            PushJobStore store,
            SiteHoldingsStore holdings,
            Sites sites,
            Desk desk,
            Staff staff,
            Courier courier,
            OutboxWorker worker,
            PushInStep inStep) {
        this.store = store;
        this.holdings = holdings;
        this.sites = sites;
        this.desk = desk;
        this.staff = staff;
        this.courier = courier;
        this.worker = worker;
        this.inStep = inStep;
    }

    /**
     * Assembled by Context; {@code lease} bounds how long a stopped run keeps its jobs. On a
     * newsroom copy ({@code sync} joined) the jobs are the server's, so what waits here goes before
     * a push is queued, and a copy sending a job first brings the article if it is behind.
     */
    public static Outbox create(
            PushJobStore store,
            PushClaimStore claims,
            SiteHoldingsStore holdings,
            Sites sites,
            Desk desk,
            Staff staff,
            Drafting drafting,
            Photos photos,
            OutletSettings outlet,
            SettingsStore settings,
            ArticleDocuments documents,
            SiteClients clients,
            Clock clock,
            Duration lease,
            Sync sync,
            ServerPresence server) {
        PushInStep inStep = new PushInStep(sync, server);
        Dispatch dispatch = new Dispatch(
                claims, holdings, sites, drafting, photos, outlet, settings, documents, clients, clock, lease, inStep);
        PushOutcomes outcomes = new PushOutcomes(store, claims, desk, staff, clock);
        Courier courier = new Courier(store, claims, dispatch, outcomes, clock, lease);
        return new Outbox(
                store, holdings, sites, desk, staff, courier, new OutboxWorker(courier, claims, clock), inStep);
    }

    /**
     * Queues a push of each article to the site (the only site when none is named), after the desk
     * rules: a desk editor, not the article's reporter, an approved or published article, and the
     * embargo kept (see {@link Desk#clearForPush}). All or nothing: every article is checked before
     * any is queued, so one refused article leaves none of the others to go out unnoticed later.
     * Returns the jobs, in the order of the ids.
     */
    public List<Long> queue(List<Long> articleIds, String siteName, Person by, boolean overrideEmbargo) {
        Site site = site(siteName);
        Person actor = staff.current(by);
        for (long id : articleIds) {
            desk.checkPush(id, actor, overrideEmbargo, site.type() == SiteType.WORDPRESS);
        }
        for (long id : articleIds) {
            desk.clearForPush(id, actor, overrideEmbargo, site.type() == SiteType.WORDPRESS);
        }
        // on a newsroom copy another workstation may send the job: what the desk did here goes first
        inStep.sendWaiting();
        List<Long> jobs = new ArrayList<>();
        for (long id : articleIds) {
            jobs.add(store.queue(id, site.id(), actor.id(), overrideEmbargo));
        }
        wake();
        return jobs;
    }

    /**
     * Refuses, before anything is queued, a push this workstation would wait on but cannot send:
     * it does not keep the site's secret (in a newsroom another desk workstation may).
     */
    public void requireSendingHere(String siteName) {
        Site site = site(siteName);
        if (!sites.sendsFromHere(site)) {
            throw new NewsroomException("push.secretNotHere", site.name());
        }
    }

    /** The site named, or the only one when none is. */
    private Site site(String siteName) {
        return siteName == null || siteName.isBlank() ? sites.only() : sites.named(siteName);
    }

    /** The newest jobs first. */
    public List<PushJob> jobs() {
        return store.jobs(500);
    }

    public PushJob job(long id) {
        return store.job(id);
    }

    public List<PushJob> jobs(Collection<Long> ids) {
        return store.jobs(ids);
    }

    /**
     * Where the article can be read on each site it reached. On a joined workstation whose server
     * is away that is the server's to say: none are named rather than the reading failing.
     */
    public List<RemotePost> posts(long articleId) {
        try {
            return holdings.posts(articleId);
        } catch (NewsroomException e) {
            if (e.key().equals("error.newsroom.outboxOnServer")) {
                return List.of();
            }
            throw e;
        }
    }

    public PushJob retry(long jobId, Person by) {
        requireDesk(by);
        PushJob job = store.retry(jobId);
        wake();
        return job;
    }

    public PushJob cancel(long jobId, Person by) {
        requireDesk(by);
        return store.cancel(jobId);
    }

    private void requireDesk(Person by) {
        Person actor = staff.current(by);
        if (!actor.isDesk()) {
            throw new NewsroomException("push.deskOnly", actor.name());
        }
    }

    /** Sends every job that is due now, each once, as the command line does (short backoff); returns how many were tried. */
    public int runDue() {
        return runDue(RetryPolicy.COMMAND_LINE);
    }

    public int runDue(RetryPolicy policy) {
        return courier.runDue(policy);
    }

    /**
     * Sends these jobs, waiting out the backoff of passing faults, until each is done, failed for
     * good or cancelled; returns them as they ended.
     */
    public List<PushJob> sendUntilSettled(Collection<Long> jobIds) {
        return sendUntilSettled(jobIds, RetryPolicy.COMMAND_LINE);
    }

    public List<PushJob> sendUntilSettled(Collection<Long> jobIds, RetryPolicy policy) {
        return courier.sendUntilSettled(jobIds, policy);
    }

    /** The window's worker: sends due jobs in the background with the window's patient policy. */
    public void start() {
        start(RetryPolicy.WINDOW, Duration.ofSeconds(30));
    }

    /** @param lookAgain the longest the worker goes without looking (another run may queue or release a job; the store may come back) */
    public void start(RetryPolicy policy, Duration lookAgain) {
        worker.start(policy, lookAgain);
    }

    /**
     * A worker with the command line's short backoff, for a run that must settle within minutes
     * (the newsroom bench's desks): passing faults are tried again within seconds.
     */
    public void startBriskly(Duration lookAgain) {
        start(RetryPolicy.COMMAND_LINE, lookAgain);
    }

    /** Something was queued or retried: send now rather than at the next scheduled look. */
    public void wake() {
        worker.wake();
    }

    @Override
    public void close() {
        // the heartbeat first: a send cut short renews its lease no more, so another run may take the job over
        courier.close();
        worker.close();
    }
}
