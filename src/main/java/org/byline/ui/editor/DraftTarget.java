package org.byline.ui.editor;

import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Workspace;

/**
 * The open article as the writer thread sees it: its id (0 until created) and the version the
 * last save wrote. Only the writer thread changes it, one save after another, so saves queued
 * while an earlier one runs each go over the version the one before wrote.
 */
final class DraftTarget {
    private final Drafting drafting;
    private final Workspace workspace;
    private final Person reporter;
    volatile long id;
    private volatile long version;

    DraftTarget(Drafting drafting, Workspace workspace, Person reporter, long id, long version) {
        this.drafting = drafting;
        this.workspace = workspace;
        this.reporter = reporter;
        this.id = id;
        this.version = version;
    }

    /** @param byline as typed in the editor; null leaves it as stored */
    Article save(ArticleContent content, String byline) {
        Article saved;
        if (id == 0) {
            saved = drafting.create(content, reporter, byline);
            workspace.rememberOpenArticle(saved.id());
        } else {
            saved = drafting.save(id, version, content, byline, reporter);
        }
        id = saved.id();
        version = saved.version();
        return saved;
    }
}
