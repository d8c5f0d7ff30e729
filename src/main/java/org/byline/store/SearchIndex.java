package org.byline.store;

import java.util.List;
import org.byline.domain.SearchHit;

/** Finding articles by the words in them. */
public interface SearchIndex {
    /** Articles whose headline or body contains every word of {@code typed}, best first. */
    List<SearchHit> search(String typed, int limit);

    /** The plain scan that search replaces; kept as the benchmark's baseline. */
    int countContainingByScan(String typed);
}
