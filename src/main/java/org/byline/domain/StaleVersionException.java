package org.byline.domain;

/** Someone else saved the article since this copy was read; saving would overwrite their work. */
public class StaleVersionException extends NewsroomException {
    private final long articleId;
    private final long expectedVersion;
    private final long storedVersion;

    public StaleVersionException(long articleId, long expectedVersion, long storedVersion) {
        super("error.staleVersion", articleId, expectedVersion, storedVersion);
        this.articleId = articleId;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    public long articleId() {
        return articleId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long storedVersion() {
        return storedVersion;
    }
}
