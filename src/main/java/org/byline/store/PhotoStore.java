package org.byline.store;

import java.util.List;
import java.util.Optional;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;

/**
 * The photo rows of articles: their order, the one lead photo (대표 사진) per article, and what the
 * reporter wrote for each. The files themselves are {@link MediaFiles}'. Every change that touches
 * positions or the lead runs in one transaction, so an article never shows two leads or a gap.
 */
public interface PhotoStore {
    boolean articleExists(long articleId);

    /** The photos of an article, in the order the body counts them ([[사진1]], [[사진2]] ...). */
    List<Photo> ofArticle(long articleId);

    Optional<Photo> find(long photoId);

    /**
     * Appends {@code photos} after the article's existing ones, in one transaction. Their ids and
     * positions are ignored and assigned here. The first new photo becomes the lead when {@code lead}
     * is asked for, or when the article had no lead yet (its first photo).
     *
     * @return the stored photos, in order
     */
    List<Photo> append(long articleId, List<Photo> photos, boolean lead);

    Photo update(long photoId, PhotoDetails details);

    /** Makes {@code photoId} the lead of its article; the article's previous lead is one no longer. */
    void makeLead(long photoId);

    /** Puts the article's photos in the given order; it must name each of them exactly once. */
    void reorder(long articleId, List<Long> photoIdsInOrder);

    /**
     * Takes a photo off its article: the later photos move up one place, and when it was the lead
     * the first remaining photo becomes the lead.
     *
     * @return the SHA-256 of its original, which may now be used by no photo at all
     */
    String remove(long articleId, long photoId);

    /** True while any photo of any article still uses the original with this SHA-256. */
    boolean isUsed(String sha256);
}
