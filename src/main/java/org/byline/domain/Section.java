package org.byline.domain;

/** A section of the site (정치, 경제 ...). A retired one stays on its old articles only. */
public record Section(long id, String name, boolean retired) {
    public Section(long id, String name) {
        this(id, name, false);
    }
}
