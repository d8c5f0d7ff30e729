package org.byline.domain;

/**
 * One thing the house style would change: which rule, what it says, and where: the field
 * (headline, subheadline, body), the span [start, end) in that field's text, and the text there.
 */
public record Finding(String rule, String message, String field, int start, int end, String text) {}
