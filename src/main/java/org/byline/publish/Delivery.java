package org.byline.publish;

/** Where a story arrived: the site's id for the post, its address, and whether it replaced an earlier push. */
public record Delivery(String remoteId, String link, boolean updated) {}
