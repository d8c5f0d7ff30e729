package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.NewsroomException;
import org.byline.domain.Site;
import org.byline.domain.SiteType;

/** The sites in SQLite. */
public final class SqliteSiteStore implements SiteStore {
    private final Database db;
    private final Clock clock;

    public SqliteSiteStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Site addSite(String name, SiteType type, String url, String user) {
        return db.write(c -> {
            if (siteNamed(c, name).isPresent()) {
                throw new NewsroomException("push.siteExists", name);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sites (name, type, url, user_name, created_at) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, Text.nfc(name));
                st.setString(2, type.code());
                st.setString(3, url);
                st.setString(4, Text.nfc(user == null ? "" : user));
                st.setLong(5, clock.millis());
                st.executeUpdate();
            }
            return siteById(c, Rows.lastId(c)).orElseThrow(); // as stored, in the same transaction
        });
    }

    @Override
    public List<Site> sites() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites ORDER BY name")) {
                ResultSet rs = st.executeQuery();
                List<Site> sites = new ArrayList<>();
                while (rs.next()) {
                    sites.add(OutboxRows.site(rs));
                }
                return sites;
            }
        });
    }

    @Override
    public Optional<Site> site(String name) {
        return db.read(c -> siteNamed(c, name));
    }

    @Override
    public Optional<Site> site(long id) {
        return db.read(c -> siteById(c, id));
    }

    @Override
    public void removeSite(long siteId) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM push_jobs WHERE site_id = ? AND state IN ('queued', 'sending')")) {
                st.setLong(1, siteId);
                ResultSet rs = st.executeQuery();
                rs.next();
                if (rs.getInt(1) > 0) {
                    Site site = siteById(c, siteId).orElseThrow();
                    throw new NewsroomException("push.siteBusy", site.name(), rs.getInt(1));
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sites WHERE id = ?")) {
                st.setLong(1, siteId);
                st.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Site> siteNamed(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE name = ?")) {
            st.setString(1, Text.nfc(name == null ? "" : name.strip()));
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(OutboxRows.site(rs)) : Optional.empty();
        }
    }

    private static Optional<Site> siteById(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(OutboxRows.site(rs)) : Optional.empty();
        }
    }
}
