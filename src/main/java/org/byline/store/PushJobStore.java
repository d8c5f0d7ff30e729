package org.byline.store;

import java.util.Collection;
import java.util.List;
import org.byline.domain.PushJob;

/**
 * The outbox of push jobs as the desk sees it: queued, listed, retried, called off. Sending them is
 * {@link PushClaimStore}'s.
 */
public interface PushJobStore {
    /**
     * A job pushing the article to the site, due now. A queued job for the same article and site
     * is reused rather than doubled: it will send the article as it is when it goes. One already
     * sending carries the text as it was when it left, so a new job follows it (see {@link PushClaimStore#claimDue}).
     */
    long queue(long articleId, long siteId, long queuedBy, boolean overrideEmbargo);

    /** The newest jobs first. */
    List<PushJob> jobs(int limit);

    List<PushJob> jobs(Collection<Long> ids);

    PushJob job(long id);

    /**
     * The desk tries a failed or cancelled job again with a fresh run of attempts: now, or when
     * the request of a cancelled send still running has ended ({@link PushClaimStore#release}) or its lease run out.
     */
    PushJob retry(long jobId);

    /**
     * The desk calls a job off. One on its way finishes its request, but its answer is not recorded
     * as the job's; its lease stays until then, so a retry cannot send it a second time meanwhile.
     */
    PushJob cancel(long jobId);
}
