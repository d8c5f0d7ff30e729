package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.NewsroomException;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.store.OutboxRows;
import org.byline.store.SiteStore;
import org.byline.store.Text;

/**
 * The newsroom's sites on its server (V6), one list for every workstation. The server lets only an
 * admin's login add or remove one; each workstation that pushes keeps the site's secret itself.
 */
final class ServerSiteStore implements SiteStore {
    private final PersonLogin login;

    ServerSiteStore(PersonLogin login) {
        this.login = login;
    }

    @Override
    public Site addSite(String name, SiteType type, String url, String user) {
        return login.transactionally(c -> {
            if (named(c, name).isPresent()) {
                throw new NewsroomException("push.siteExists", name);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sites (name, type, url, user_name) VALUES (?, ?, ?, ?) RETURNING *")) {
                st.setString(1, Text.nfc(name));
                st.setString(2, type.code());
                st.setString(3, url);
                st.setString(4, Text.nfc(user == null ? "" : user));
                ResultSet rs = st.executeQuery();
                rs.next();
                return OutboxRows.site(rs);
            }
        });
    }

    @Override
    public List<Site> sites() {
        return login.serially(c -> {
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
        return login.serially(c -> named(c, name));
    }

    @Override
    public Optional<Site> site(long id) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE id = ?")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(OutboxRows.site(rs)) : Optional.<Site>empty();
            }
        });
    }

    @Override
    public void removeSite(long siteId) {
        login.transactionally(c -> {
            // the site's row locked first: no job to it can be queued while it is being removed
            try (PreparedStatement st = c.prepareStatement("SELECT name FROM sites WHERE id = ? FOR UPDATE")) {
                st.setLong(1, siteId);
                ResultSet rs = st.executeQuery();
                if (!rs.next()) {
                    return null;
                }
                String name = rs.getString(1);
                try (PreparedStatement busy = c.prepareStatement(
                        "SELECT count(*) FROM push_jobs WHERE site_id = ? AND state IN ('queued', 'sending')")) {
                    busy.setLong(1, siteId);
                    ResultSet jobs = busy.executeQuery();
                    jobs.next();
                    if (jobs.getInt(1) > 0) {
                        throw new NewsroomException("push.siteBusy", name, jobs.getInt(1));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sites WHERE id = ?")) {
                st.setLong(1, siteId);
                st.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Site> named(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE name = ?")) {
            st.setString(1, Text.nfc(name == null ? "" : name.strip()));
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(OutboxRows.site(rs)) : Optional.empty();
        }
    }
}
