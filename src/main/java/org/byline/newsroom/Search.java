package org.byline.newsroom;

import java.util.List;
import org.byline.domain.SearchHit;
import org.byline.store.SearchIndex;

/** Finding articles by any part of a word in the headline or body ("회의" finds "구청장회의"). */
public final class Search {
    public static final int DEFAULT_LIMIT = 50;
    private final SearchIndex index;

    public Search(SearchIndex index) {
        this.index = index;
    }

    public List<SearchHit> find(String query) {
        return index.search(query, DEFAULT_LIMIT);
    }

    /** The plain full-table scan the index replaces: the benchmark's baseline. */
    public int countByScan(String query) {
        return index.countContainingByScan(query);
    }

    public List<SearchHit> find(String query, int limit) {
        return index.search(query, limit);
    }
}
