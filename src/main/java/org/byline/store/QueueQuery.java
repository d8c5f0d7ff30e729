package org.byline.store;

import java.util.List;
import org.byline.domain.ArticleSummary;
import org.byline.domain.QueueFilter;

/** The article queue: how many articles a filter lets through, and one page of them in its order. */
public interface QueueQuery {
    int count(QueueFilter filter);

    /** One page of the queue: rows {@code offset} to {@code offset + limit - 1} in the filter's order. */
    List<ArticleSummary> page(QueueFilter filter, int offset, int limit);
}
