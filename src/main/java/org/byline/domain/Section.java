package org.byline.domain;

/** A desk of the site (정치, 경제 ...), shown above the headline. */
public record Section(long id, String name) {
}
