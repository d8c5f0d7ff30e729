package org.byline.ui.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;
import org.byline.domain.ArticleSummary;

/**
 * The queue as a list of any length whose rows are read from the store a page at a time, only
 * when the table shows them. A row not read yet is null (an empty row) until its page arrives.
 * With 100,000 articles the table asks for the few dozen rows on screen, never for all of them.
 */
final class PagedRows extends ObservableListBase<ArticleSummary> {
    static final int PAGE_SIZE = 100;
    /** Pages kept in memory; scrolling far away drops the least recently used. */
    private static final int PAGES_KEPT = 20;

    private final IntConsumer requestPage;
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Map<Integer, Boolean> requested = new HashMap<>();
    private int size;

    /** @param requestPage asked to load page n (rows n*PAGE_SIZE ...); answers come to {@link #pageLoaded} */
    PagedRows(IntConsumer requestPage) {
        this.requestPage = requestPage;
    }

    @Override
    public ArticleSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<ArticleSummary> rows = pages.get(page);
        if (rows == null) {
            if (requested.putIfAbsent(page, Boolean.TRUE) == null) {
                requestPage.accept(page);
            }
            return null;
        }
        int offset = index % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** Forgets every page and takes the new length; the table then reads again what it shows. */
    void reset(int newSize) {
        pages.clear();
        requested.clear();
        int old = size;
        size = newSize;
        beginChange();
        if (newSize > old) {
            nextAdd(old, newSize);
        } else if (newSize < old) {
            nextRemove(newSize, new ArrayList<>(Collections.nCopies(old - newSize, null)));
        }
        endChange();
    }

    void pageLoaded(int page, List<ArticleSummary> rows) {
        requested.remove(page);
        pages.put(page, rows);
    }

    void pageFailed(int page) {
        requested.remove(page);
    }

    /** The index of article {@code id} among the pages in memory, or -1. */
    int indexOf(long id) {
        for (Map.Entry<Integer, List<ArticleSummary>> e : pages.entrySet()) {
            List<ArticleSummary> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == id) {
                    return e.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }
}
