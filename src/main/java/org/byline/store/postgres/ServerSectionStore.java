package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.byline.domain.Section;
import org.byline.store.SectionRows;
import org.byline.store.SectionStore;

/**
 * The newsroom's sections on its server, changed there by an admin's login (the server grants
 * no one else), so a section added at one workstation is the same section, under the same id, at
 * every other. The rules are {@link SectionRows}', the same as a workstation's own store keeps.
 */
final class ServerSectionStore implements SectionStore {
    private final PersonLogin login;

    ServerSectionStore(PersonLogin login) {
        this.login = login;
    }

    @Override
    public List<Section> all() {
        return login.serially(SectionRows::all);
    }

    @Override
    public List<Section> active() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    @Override
    public Section add(String name) {
        return login.transactionally(c -> {
            lock(c);
            return SectionRows.add(c, name);
        });
    }

    @Override
    public void rename(String from, String to, List<String> settingPrefixes) {
        login.transactionally(c -> {
            lock(c);
            SectionRows.rename(c, from, to, settingPrefixes);
            return null;
        });
    }

    @Override
    public void move(String name, int place) {
        login.transactionally(c -> {
            lock(c);
            SectionRows.move(c, name, place);
            return null;
        });
    }

    @Override
    public void retire(String name, boolean retired) {
        login.transactionally(c -> {
            lock(c);
            SectionRows.retire(c, name, retired);
            return null;
        });
    }

    /** Two admins changing sections at once take turns: each change reads the list it rewrites. */
    private static void lock(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("LOCK TABLE sections IN SHARE ROW EXCLUSIVE MODE");
        }
    }
}
