package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Photo;

/**
 * The article as one document, for sites that take documents rather than posts (the ninjs
 * endpoint type): UTF-8 JSON bytes of the article as it is stored now, with its photos (the caller
 * has both already). Context chooses the writer.
 */
@FunctionalInterface
public interface ArticleDocuments {
    byte[] document(Article article, List<Photo> photos);
}
