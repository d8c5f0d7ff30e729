package org.byline.newsroom;

import org.byline.domain.NewsroomException;
import org.byline.store.postgres.NewsroomSetup;
import org.byline.store.postgres.ServerAddress;

/**
 * A newsroom's shared server (PostgreSQL): setting one up, and bringing one an older Byline
 * made to this Byline's schema. Joining it and keeping in step with it are {@link Joining}'s and
 * {@link Sync}'s.
 */
public final class NewsroomServer {
    private NewsroomServer() {}

    /** A server's address as people read it: host:port/database, and the user it names. */
    public record Address(String where, String user) {}

    /** {@code address} read, or refused with one line showing the expected form. */
    public static Address address(String address) {
        ServerAddress server = ServerAddress.parse(address);
        return new Address(server.where(), server.user());
    }

    /** {@code address} read, with {@code user} where it names none (a person joins as themselves). */
    public static Address address(String address, String user) {
        ServerAddress server = ServerAddress.parse(address, user);
        return new Address(server.where(), server.user());
    }

    /** What {@link #create} made: where, and the first admin's own login role on the server. */
    public record Created(String server, String adminName, String adminLogin) {}

    /**
     * Fills the empty database at {@code address} with a newsroom and its first admin. The
     * admin's name, e-mail and password are checked as {@code people add} checks them, before
     * the server is touched, so a typo costs nothing there.
     *
     * @param serverPassword the password of the address's user, for this call only
     */
    public static Created create(
            String address, char[] serverPassword, String adminName, String adminEmail, char[] adminPassword) {
        ServerAddress server = ServerAddress.parse(address);
        String name = ProfileFields.name(adminName);
        String email = ProfileFields.email(adminEmail);
        if (adminPassword == null || adminPassword.length < Passwords.MIN_LENGTH) {
            throw new NewsroomException("people.passwordTooShort", Passwords.MIN_LENGTH);
        }
        // kept beside the person on the server, so a workstation can sign them in while it is away
        String offline = new Passwords().hash(adminPassword);
        NewsroomSetup.Created created = NewsroomSetup.create(
                server, serverPassword, new NewsroomSetup.FirstAdmin(name, email, adminPassword, offline));
        return new Created(created.address().toString(), name, created.adminLogin());
    }

    /** What {@link #upgrade} did: the newsroom's schema before and after. */
    public record Upgraded(String server, int from, int to) {}

    /**
     * Brings a newsroom made by an older Byline to this one's schema (its server's owner does it,
     * once, before the workstations move to this Byline). Nothing happens to one already there.
     *
     * @param serverPassword the password of the address's user (the owner of the newsroom's tables), for this call only
     */
    public static Upgraded upgrade(String address, char[] serverPassword) {
        ServerAddress server = ServerAddress.parse(address);
        NewsroomSetup.Upgraded upgraded = NewsroomSetup.upgrade(server, serverPassword);
        return new Upgraded(server.where(), upgraded.from(), upgraded.to());
    }
}
