package org.byline.domain;

/** An article that matched a search, best first. */
public record SearchHit(long id, String headline) {}
