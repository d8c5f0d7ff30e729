package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.RemotePost;
import org.byline.domain.Sender;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.domain.Status;
import org.byline.publish.PushFault;
import org.byline.publish.RetryPolicy;
import org.byline.publish.SiteClients;
import org.byline.store.PushClaimStore;
import org.byline.store.PushClaimStore.Claim;
import org.byline.store.PushJobStore;
import org.byline.store.SettingsStore;
import org.byline.store.SiteHoldingsStore;

/**
 * Every push is a job in the store: queued, sending, done, or failed with its reason. Jobs are
 * sent by whoever runs the outbox (the window's worker, {@code push} waiting on the command line,
 * {@code outbox run}); a passing fault puts the job back with a growing wait, anything else fails
 * it until the desk retries. Because jobs and every id a site names are in SQLite, they survive a
 * restart: a job left 'sending' by a run that stopped is taken again when its lease runs out (at
 * once when that run was on this machine and its process is gone), and the site's post is found by
 * its slug instead of being created twice.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Outbox");
    /**
     * How long a send may go without a heartbeat before another run may take the job over. Short,
     * so that a job whose sender died on another machine goes again within half a minute; a living
     * sender renews it every quarter lease however long its request takes (see {@link #send}).
     */
    public static final Duration LEASE = Duration.ofSeconds(20);
    /** The longest a waiting command sleeps before looking again (a job another run is sending). */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    private final PushJobStore store;
    private final PushClaimStore claims;
    private final SiteHoldingsStore holdings;
    private final Sites sites;
    private final Desk desk;
    private final Staff staff;
    private final Dispatch dispatch;
    private final Clock clock;
    private final Duration lease;
    private final Sender me = SendingProcesses.current();
    /** Renews the lease of each send on its way, apart from the send's own thread, which may wait long for a site. */
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "byline-outbox-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private ScheduledExecutorService worker;
    private ScheduledFuture<?> nextRun;
    private long nextRunAt;
    private RetryPolicy workerPolicy;
    private Duration lookAgain;

    Outbox(
            PushJobStore store,
            PushClaimStore claims,
            SiteHoldingsStore holdings,
            Sites sites,
            Desk desk,
            Staff staff,
            Dispatch dispatch,
            Clock clock,
            Duration lease) {
        this.store = store;
        this.claims = claims;
        this.holdings = holdings;
        this.sites = sites;
        this.desk = desk;
        this.staff = staff;
        this.dispatch = dispatch;
        this.clock = clock;
        this.lease = lease;
    }

    /** Assembled by Context; {@code lease} bounds how long a stopped run keeps its jobs. */
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
            Duration lease) {
        Dispatch dispatch = new Dispatch(
                claims, holdings, sites, drafting, photos, outlet, settings, documents, clients, clock, lease);
        return new Outbox(store, claims, holdings, sites, desk, staff, dispatch, clock, lease);
    }

    /**
     * Queues a push of each article to the site (the only site when none is named), after the desk
     * rules: a desk editor, not the article's reporter, an approved or published article, and the
     * embargo kept (see {@link Desk#clearForPush}). All or nothing: every article is checked before
     * any is queued, so one refused article leaves none of the others to go out unnoticed later.
     * Returns the jobs, in the order of the ids.
     */
    public List<Long> queue(List<Long> articleIds, String siteName, Person by, boolean overrideEmbargo) {
        Site site = siteName == null || siteName.isBlank() ? sites.only() : sites.named(siteName);
        Person actor = staff.current(by);
        for (long id : articleIds) {
            desk.checkPush(id, actor, overrideEmbargo, site.type() == SiteType.WORDPRESS);
        }
        List<Long> jobs = new ArrayList<>();
        for (long id : articleIds) {
            desk.clearForPush(id, actor, overrideEmbargo, site.type() == SiteType.WORDPRESS);
            jobs.add(store.queue(id, site.id(), actor.id(), overrideEmbargo));
        }
        wake();
        return jobs;
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

    /** Where the article can be read on each site it reached. */
    public List<RemotePost> posts(long articleId) {
        return holdings.posts(articleId);
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
        if (claims.nextDue(Set.of()).filter(at -> !at.isAfter(clock.instant())).isEmpty()
                && claims.sendersOn(me.host()).stream().noneMatch(sender -> SendingProcesses.gone(sender, me))) {
            return 0; // nothing due, no sender here has died: reads, not a write transaction, every look
        }
        int tried = 0;
        for (Optional<Claim> claim = claim(Set.of()); claim.isPresent(); claim = claim(Set.of())) {
            send(claim.get(), policy);
            tried++;
        }
        return tried;
    }

    /**
     * Sends these jobs, waiting out the backoff of passing faults, until each is done, failed for
     * good or cancelled; returns them as they ended.
     */
    public List<PushJob> sendUntilSettled(Collection<Long> jobIds) {
        return sendUntilSettled(jobIds, RetryPolicy.COMMAND_LINE);
    }

    public List<PushJob> sendUntilSettled(Collection<Long> jobIds, RetryPolicy policy) {
        Set<Long> mine = Set.copyOf(jobIds);
        while (true) {
            Optional<Claim> claim = claim(mine);
            if (claim.isPresent()) {
                send(claim.get(), policy);
                continue;
            }
            List<PushJob> now = store.jobs(mine);
            if (now.stream().allMatch(j -> j.state().isSettled())) {
                return now;
            }
            Instant next = claims.nextDue(mine).orElse(clock.instant());
            long wait = Math.max(
                    20,
                    Math.min(
                            LOOK_AGAIN.toMillis(),
                            Duration.between(clock.instant(), next).toMillis()));
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return store.jobs(mine);
            }
        }
    }

    private Optional<Claim> claim(Set<Long> only) {
        return claims.claimDue(lease, only, me, sender -> SendingProcesses.gone(sender, me));
    }

    private void send(Claim claim, RetryPolicy policy) {
        long every = Math.max(50, lease.toMillis() / 4);
        ScheduledFuture<?> beat =
                heartbeat.scheduleAtFixedRate(() -> renew(claim), every, every, TimeUnit.MILLISECONDS);
        try {
            Dispatch.Sent sent = dispatch.send(claim);
            if (claims.done(claim, sent.delivery().remoteId(), sent.delivery().link())) {
                LOG.info(() -> "push job " + claim.jobId() + " of article " + claim.articleId() + " to "
                        + sent.site().name() + ": done, " + sent.delivery().link());
                markPublished(claim, sent);
            } else if (stillOurs(claim)) {
                // called off while the request ran, but the site answered with the post: the article is live there
                LOG.warning(() -> "push job " + claim.jobId() + " was cancelled on its way, but "
                        + sent.site().name() + " has article " + claim.articleId() + " at "
                        + sent.delivery().link() + ": recorded as published");
                markPublished(claim, sent);
            }
        } catch (PushFault fault) {
            List<String> args = strings(fault.args());
            if (fault.unsettled().isPresent()) {
                // the site may still be making it: look again at the policy's pace, but by the time it has surely
                // finished
                Duration remaining = fault.unsettled().get();
                Duration paced = policy.delayAfter(claim.attemptsSinceRetry(), ThreadLocalRandom.current());
                Duration wait = paced.compareTo(remaining) < 0 ? paced : remaining;
                claims.retryLater(claim, fault.key(), args, clock.instant().plus(wait));
                LOG.info(() -> "push job " + claim.jobId() + ": " + fault.key() + " " + args + ", looks again in "
                        + wait.toMillis() + " ms");
            } else if (fault.passing() && !policy.exhausted(claim.attemptsSinceRetry())) {
                Duration paced = policy.delayAfter(
                        claim.attemptsSinceRetry(),
                        // java.base's generator: RandomGenerator.getDefault() lives in jdk.random, which the
                        // packaged runtime does not hold (the app-image smoke test found it)
                        ThreadLocalRandom.current());
                // a site that said when to come back (Retry-After) is not asked sooner
                Duration wait = fault.atLeast()
                        .filter(asked -> asked.compareTo(paced) > 0)
                        .orElse(paced);
                claims.retryLater(claim, fault.key(), args, clock.instant().plus(wait));
                LOG.info(() ->
                        "push job " + claim.jobId() + ": " + fault.key() + ", again in " + wait.toMillis() + " ms");
            } else if (fault.passing()) {
                // the reason said "Byline tries again"; now it will not, until the desk retries
                List<String> gaveUp = new ArrayList<>(List.of(String.valueOf(claim.attemptsSinceRetry()), fault.key()));
                gaveUp.addAll(args);
                claims.fail(claim, "push.gaveUp", gaveUp);
                LOG.warning(() -> "push job " + claim.jobId() + " gave up after " + claim.attemptsSinceRetry()
                        + " tries: " + fault.key() + " " + args);
            } else {
                claims.fail(claim, fault.key(), args);
                LOG.warning(() -> "push job " + claim.jobId() + " failed: " + fault.key() + " " + args);
            }
        } catch (NewsroomException refused) {
            claims.fail(claim, refused.key(), strings(refused.args()));
            LOG.warning(() -> "push job " + claim.jobId() + " refused: " + refused.key());
        } catch (RuntimeException unexpected) {
            // an exception's message may quote what it was given (a header with the site's secret): name the class and
            // place only
            String what = unexpected.getClass().getName();
            StackTraceElement[] trace = unexpected.getStackTrace();
            String where = trace.length == 0 ? "" : " at " + trace[0];
            claims.fail(claim, "push.unexpected", List.of(what));
            LOG.warning(() -> "push job " + claim.jobId() + " failed unexpectedly: " + what + where);
        } finally {
            beat.cancel(false);
            claims.release(claim);
        }
    }

    /** One heartbeat: a store busy for a moment must not end the beating (a scheduled task that throws runs no more). */
    private void renew(Claim claim) {
        try {
            claims.renew(claim, lease);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "push job " + claim.jobId() + ": lease not renewed this time", e);
        }
    }

    /** Whether the job was left as this send found it, only cancelled or retried meanwhile (not taken over by another run). */
    private boolean stillOurs(Claim claim) {
        PushJob now = store.job(claim.jobId());
        return now.attempts() == claim.attempt() && now.state() != PushState.DONE;
    }

    /** 출고 in Byline once the site has it; the job stays done even if the desk changed the article meanwhile. */
    private void markPublished(Claim claim, Dispatch.Sent sent) {
        try {
            desk.pushed(
                    claim.articleId(),
                    staff.byId(claim.queuedBy()),
                    sent.site().name(),
                    sent.delivery().link(),
                    sent.releaseAt());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "article " + claim.articleId() + " reached " + sent.site().name() + " but was not marked published",
                    e);
        }
    }

    /** Arguments as the job keeps them: text, with a status as its stable name. */
    private static List<String> strings(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Status s ? s.code() : String.valueOf(a))
                .toList();
    }

    /** The window's worker: sends due jobs in the background with the window's patient policy. */
    public void start() {
        start(RetryPolicy.WINDOW, Duration.ofSeconds(30));
    }

    /** @param lookAgain the longest the worker goes without looking (another run may queue or release a job; the store may come back) */
    public synchronized void start(RetryPolicy policy, Duration lookAgain) {
        if (worker != null) {
            return;
        }
        workerPolicy = policy;
        this.lookAgain = lookAgain;
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "byline-outbox");
            t.setDaemon(true);
            return t;
        });
        // the first look waits for the window to settle; a push from it wakes the worker at once
        schedule(Duration.ofSeconds(2));
    }

    /** Something was queued or retried: send now rather than at the next scheduled look. */
    public synchronized void wake() {
        if (worker != null) {
            schedule(Duration.ZERO);
        }
    }

    /** Plans the next look in {@code delay}, unless an earlier one is planned already. */
    private synchronized void schedule(Duration delay) {
        if (worker == null || worker.isShutdown()) {
            return;
        }
        long at = System.nanoTime() + delay.toNanos();
        if (nextRun != null && !nextRun.isDone() && nextRunAt - at <= 0) {
            return;
        }
        if (nextRun != null) {
            nextRun.cancel(false);
        }
        nextRunAt = at;
        nextRun = worker.schedule(this::work, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void running() {
        nextRun = null; // this look is under way: a wake meanwhile plans another
    }

    private void work() {
        running();
        Duration wait = lookAgain;
        try {
            runDue(workerPolicy);
            // the next due job, but at least every lookAgain: another run may have queued or released one
            wait = claims.nextDue(Set.of())
                    .map(at -> Duration.between(clock.instant(), at))
                    .filter(d -> d.compareTo(lookAgain) < 0)
                    .orElse(lookAgain);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox could not run", e);
        } finally {
            // whatever failed (the store busy, a disk gone for a moment), the worker looks again
            schedule(wait.isNegative() ? Duration.ofMillis(100) : wait);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = worker;
            worker = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
