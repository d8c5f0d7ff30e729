package org.byline.newsroom;

import java.util.List;
import java.util.function.Consumer;
import org.byline.domain.NewsroomException;
import org.byline.domain.Section;
import org.byline.store.SectionStore;
import org.byline.store.postgres.PersonLogin;

/**
 * The sections of a newsroom copy: read from the copy, as everything is, but changed on the
 * server, which gives a new section the id every workstation will know it by; the change is then
 * brought into the copy at once. A section changed in the copy alone would be another section at
 * every other workstation, and the next round would write over it.
 */
public final class NewsroomSections implements SectionStore {
    private final SectionStore copy;
    private final ServerPresence server;
    private final Sync sync;

    private NewsroomSections(SectionStore copy, ServerPresence server, Sync sync) {
        this.copy = copy;
        this.server = server;
        this.sync = sync;
    }

    /** {@code own} itself on a workstation that joined no newsroom; the newsroom's sections on one that did. */
    public static SectionStore of(SectionStore own, ServerPresence server, Sync sync) {
        return sync.joined() ? new NewsroomSections(own, server, sync) : own;
    }

    @Override
    public List<Section> all() {
        return copy.all();
    }

    @Override
    public List<Section> active() {
        return copy.active();
    }

    @Override
    public Section add(String name) {
        Section[] added = new Section[1];
        onServer(sections -> added[0] = sections.add(name));
        return added[0];
    }

    @Override
    public void rename(String from, String to, List<String> settingPrefixes) {
        onServer(sections -> sections.rename(from, to, settingPrefixes));
    }

    @Override
    public void move(String name, int place) {
        onServer(sections -> sections.move(name, place));
    }

    @Override
    public void retire(String name, boolean retired) {
        onServer(sections -> sections.retire(name, retired));
    }

    private void onServer(Consumer<SectionStore> change) {
        PersonLogin login =
                server.login().orElseThrow(() -> new NewsroomException("error.newsroom.needsServer", "sections"));
        change.accept(login.sections());
        try {
            sync.round(login);
        } catch (NewsroomException e) {
            // the change is on the server; the copy has it with the next round
        }
    }
}
