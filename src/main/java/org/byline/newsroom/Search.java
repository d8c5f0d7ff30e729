package org.byline.newsroom;

import java.util.List;
import org.byline.domain.SearchHit;
import org.byline.store.ArticleStore;

/** Finding articles by any part of a word in the headline or body ("회의" finds "구청장회의"). */
public final class Search {
    public static final int DEFAULT_LIMIT = 50;
    private final ArticleStore articles;

    public Search(ArticleStore articles) {
        this.articles = articles;
    }

    public List<SearchHit> find(String query) {
        return articles.search(query, DEFAULT_LIMIT);
    }

    /** The plain full-table scan the index replaces: the benchmark's baseline. */
    public int countByScan(String query) {
        return articles.countContainingByScan(query);
    }

    public List<SearchHit> find(String query, int limit) {
        return articles.search(query, limit);
    }
}
