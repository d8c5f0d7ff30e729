package org.byline.store.postgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.store.Database;
import org.byline.store.LockStore;
import org.byline.store.NewsroomCopy;
import org.byline.store.NewsroomExchange;
import org.byline.store.NewsroomMoveIn;
import org.byline.store.PushClaimStore;
import org.byline.store.PushJobStore;
import org.byline.store.SectionStore;
import org.byline.store.SiteHoldingsStore;
import org.byline.store.SiteStore;
import org.postgresql.util.PasswordUtil;

/**
 * A person signed in to their newsroom's server as their own login role, so the server's rights
 * are theirs (V1). Refuses a database that is not a newsroom, or one newer than this Byline.
 */
public final class PersonLogin implements AutoCloseable {
    /** How long {@link #answers} waits for the server's port. */
    private static final int KNOCK_MILLIS = 3000;

    private final ServerAddress address;
    private final Connection connection;
    private final Person me;
    private final ReentrantLock serial = new ReentrantLock();

    private PersonLogin(ServerAddress address, Connection connection, Person me) {
        this.address = address;
        this.connection = connection;
        this.me = me;
    }

    /** The login role of the person named {@code name} in the newsroom at {@code address}. */
    public static String loginOf(ServerAddress address, String name) {
        return RolePrefix.of(address.database()) + "." + name;
    }

    /**
     * Signs {@code name} in with {@code password}.
     *
     * @throws NewsroomException naming what is wrong in one line: no answer, a wrong password, a
     *         database that is not a newsroom or is newer than this Byline
     */
    public static PersonLogin signIn(ServerAddress server, String name, char[] password) {
        ServerAddress address = server.withUser(loginOf(server, name));
        Connection c;
        try {
            c = ServerConnections.open(address, password);
        } catch (NewsroomException e) {
            // PostgreSQL answers a login it does not know as it answers a wrong password
            throw e.key().equals("error.server.wrongPassword")
                    ? new NewsroomException("error.newsroom.signInRefused", e, name, server.where())
                    : e;
        }
        try {
            NewsroomSchema.Found found = NewsroomSchema.inspect(c);
            if (!(found instanceof NewsroomSchema.Newsroom newsroom)) {
                throw new NewsroomException("error.newsroom.notNewsroom", server.where());
            }
            if (newsroom.version() > NewsroomSchema.VERSION) {
                throw new NewsroomException(
                        "error.newsroom.newerSchema", server.where(), newsroom.version(), NewsroomSchema.VERSION);
            }
            if (newsroom.version() < NewsroomSchema.VERSION) {
                throw new NewsroomException(
                        "error.newsroom.olderSchema", server.where(), newsroom.version(), NewsroomSchema.VERSION);
            }
            try (PreparedStatement st = c.prepareStatement(
                            "SELECT id, name, email, role FROM people WHERE db_role = session_user");
                    ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new NewsroomException("error.newsroom.notAPerson", name, server.where());
                }
                Person me = new Person(rs.getLong(1), rs.getString(2), rs.getString(3), Role.fromCode(rs.getString(4)));
                return new PersonLogin(address, c, me);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw ServerConnections.translate(e, address);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Whether anything answers on the server's port now (no sign-in: `newsroom status`). */
    public static boolean answers(ServerAddress server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), KNOCK_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    public Person me() {
        return me;
    }

    public ServerAddress address() {
        return address;
    }

    /** A second connection as this person, listening for the newsroom's changes. */
    public NewsroomChanges listen(char[] password) {
        return NewsroomChanges.listen(address, password);
    }

    /**
     * Copies the workstation's own store onto the server (server V3's move_in functions, which
     * only an admin's login may call); a second run copies nothing twice.
     */
    public List<NewsroomMoveIn.Moved> moveIn(Database own, Map<String, String> alsoSettings) {
        try {
            return new NewsroomMoveIn(connection, own, alsoSettings).run();
        } catch (SQLException e) {
            throw ServerConnections.translate(e, address);
        }
    }

    /** Gives {@code name} a password: their login's SCRAM verifier and the offline one (server V3). */
    public void setPassword(String name, char[] password, String offlineVerifier) {
        try (PreparedStatement st = connection.prepareStatement("SELECT set_person_password(?, ?, ?)")) {
            connection.setAutoCommit(true);
            st.setString(1, name);
            st.setString(2, PasswordUtil.encodeScramSha256(password.clone()));
            st.setString(3, offlineVerifier);
            st.executeQuery();
        } catch (SQLException e) {
            if ("P0002".equals(e.getSQLState())) {
                throw new NewsroomException("error.unknownPerson", name);
            }
            throw ServerConnections.translate(e, address);
        }
    }

    /** Locks held on the server, for this person. */
    public LockStore locks() {
        return new ServerLockStore(this);
    }

    /** The newsroom's sections, changed on the server (the server lets only an admin change them). */
    public SectionStore sections() {
        return new ServerSectionStore(this);
    }

    /** The newsroom's sites, for this person (the server lets only an admin change them). */
    public SiteStore sites() {
        return new ServerSiteStore(this);
    }

    /** The newsroom's push jobs, for this person (the server lets only the desk queue or change one). */
    public PushJobStore pushJobs() {
        return new ServerPushJobStore(this);
    }

    /**
     * Sending the newsroom's push jobs from this workstation, each job by exactly one workstation.
     *
     * @param sendable the sites this workstation holds the secret of: only their jobs are taken here
     */
    public PushClaimStore pushClaims(Clock clock, Supplier<Collection<Long>> sendable) {
        return new ServerPushClaimStore(this, clock, sendable);
    }

    /** What each site holds, as the newsroom's server keeps it. */
    public SiteHoldingsStore siteHoldings() {
        return new ServerSiteHoldingsStore(this);
    }

    /** Work on this login's connection, one at a time (the window's line and its lock keeper share it), autocommitted. */
    <T> T serially(Database.SqlWork<T> work) {
        serial.lock();
        try {
            if (!connection.getAutoCommit()) {
                // whatever a round left open (it failed midway) is undone, never committed by the switch
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw ServerConnections.translate(e, address);
        } finally {
            serial.unlock();
        }
    }

    /** Work in one transaction on this login's connection, one at a time: committed when it returns, else undone. */
    <T> T transactionally(Database.SqlWork<T> work) {
        return serially(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                c.setAutoCommit(true);
                return result;
            } catch (SQLException | RuntimeException e) {
                // not committed: a failure on the way; nothing of it stays, and it is the one to tell
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException undoing) {
                    e.addSuppressed(undoing);
                }
                throw e;
            }
        });
    }

    /** Holds the connection for a whole round of sending and bringing. */
    public <T> T whileHolding(Supplier<T> round) {
        serial.lock();
        try {
            return round.get();
        } finally {
            serial.unlock();
        }
    }

    /** Sends and brings changes between {@code copy} and the server, as this person. */
    public NewsroomExchange exchange(NewsroomCopy copy, Clock clock) {
        return new NewsroomExchange(connection, copy, clock, address.where());
    }

    /**
     * Adds a person through the server's add_person, which only an admin's login may call. The
     * login is made with a SCRAM verifier computed here: the password never reaches the server.
     */
    public long addPerson(String name, String email, String roleCode, char[] password, String offlineVerifier) {
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM add_person(?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(true);
            st.setString(1, name);
            st.setString(2, email);
            st.setString(3, roleCode);
            st.setString(4, PasswordUtil.encodeScramSha256(password.clone()));
            st.setString(5, offlineVerifier);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new NewsroomException("error.personExists", name);
            }
            throw ServerConnections.translate(e, address);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // it failed already; the first failure is the one to tell
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
