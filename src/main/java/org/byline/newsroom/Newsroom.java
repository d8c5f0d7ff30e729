package org.byline.newsroom;

/**
 * The use cases of one store, as the window and the command line see them. {@code app.Context}
 * assembles the implementation; callers never construct services themselves.
 */
public interface Newsroom extends AutoCloseable {
    Drafting drafting();

    Staff staff();

    /** Submit, approve, return, spike, publish, embargo, history. */
    Desk desk();

    Search search();

    OutletSettings outlet();

    Preview preview();

    Workspace workspace();

    Onboarding onboarding();

    Photos photos();

    Revisions revisions();

    Locks locks();

    /** Every setting the desk can change, whichever part owns it. */
    Settings settings();

    Backups backups();

    StyleCheck style();

    /** The site's sections: add, rename, reorder, retire (admin). */
    Sections sections();

    /** ninjs, NewsML-G2, HTML folder and package files of approved articles. */
    Exports exports();

    /** Articles from files: text, Markdown, saved news pages, ninjs, Byline packages. */
    Imports imports();

    /** The websites articles are pushed to. */
    Sites sites();

    /** Push jobs: queue, send, retry, cancel. */
    Outbox outbox();

    /** Keeping a newsroom copy in step with its server (nothing to do on a workstation's own store). */
    Sync sync();

    /** Whether this store is a newsroom copy, and whether its server answers now. */
    ServerPresence server();

    @Override
    void close();
}
