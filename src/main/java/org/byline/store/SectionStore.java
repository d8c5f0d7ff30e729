package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.Section;

/** The site's sections, in the order the site lists them. */
public final class SectionStore {
    private final Database db;

    public SectionStore(Database db) {
        this.db = db;
    }

    public List<Section> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, name FROM sections ORDER BY position, id")) {
                ResultSet rs = st.executeQuery();
                List<Section> sections = new ArrayList<>();
                while (rs.next()) {
                    sections.add(new Section(rs.getLong(1), rs.getString(2)));
                }
                return sections;
            }
        });
    }
}
