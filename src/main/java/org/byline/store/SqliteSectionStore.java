package org.byline.store;

import java.util.List;
import org.byline.domain.Section;

/** {@link SectionStore} in a workstation's SQLite store (the rules are {@link SectionRows}'). */
public final class SqliteSectionStore implements SectionStore {
    private final Database db;

    public SqliteSectionStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Section> all() {
        return db.read(SectionRows::all);
    }

    @Override
    public List<Section> active() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    @Override
    public Section add(String name) {
        return db.write(c -> SectionRows.add(c, name));
    }

    @Override
    public void rename(String from, String to, List<String> settingPrefixes) {
        db.write(c -> {
            SectionRows.rename(c, from, to, settingPrefixes);
            return null;
        });
    }

    @Override
    public void move(String name, int place) {
        db.write(c -> {
            SectionRows.move(c, name, place);
            return null;
        });
    }

    @Override
    public void retire(String name, boolean retired) {
        db.write(c -> {
            SectionRows.retire(c, name, retired);
            return null;
        });
    }
}
