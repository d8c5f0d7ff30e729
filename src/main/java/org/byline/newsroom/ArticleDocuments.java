package org.byline.newsroom;

/**
 * The article as one document, for sites that take documents rather than posts (the ninjs
 * endpoint type): UTF-8 JSON bytes of the article as it is stored now. Context chooses the writer.
 */
@FunctionalInterface
public interface ArticleDocuments {
    byte[] document(long articleId);
}
