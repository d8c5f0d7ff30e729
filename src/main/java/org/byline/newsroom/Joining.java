package org.byline.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.store.Database;
import org.byline.store.JoinedServer;
import org.byline.store.NewsroomCopy;
import org.byline.store.SecretFiles;
import org.byline.store.SqlitePeopleStore;
import org.byline.store.SqliteSettingsStore;
import org.byline.store.postgres.PersonLogin;
import org.byline.store.postgres.ServerAddress;

/**
 * A workstation joining a newsroom server, leaving it, and saying how it stands with it. Joining
 * makes the newsroom copy the window and every command then work on (the workstation's own store
 * stays as it was); a join that fails at any step leaves the workstation as it was.
 */
public final class Joining {
    private Joining() {}

    /** How a workstation stands with its newsroom (`newsroom status`). */
    public record Standing(String server, boolean reachable, int waiting, Instant lastSent) {}

    /**
     * A person signed in to the newsroom: on the server, or (server away) on this workstation
     * only. {@code signInRound} is what the round at sign-in did (null offline): changes waiting
     * from an earlier run went then, and what became of them is for the person to hear.
     */
    public record Member(Person person, PersonLogin login, Sync.Report signInRound, ServerPresence presence)
            implements AutoCloseable {
        public boolean online() {
            return login != null;
        }

        /** Sends what waits in {@code store} and brings the newsroom's changes, as this person. */
        public Sync.Report round(Newsroom store) {
            return store.sync().round(login);
        }

        /** Signs out of the server (nothing to do offline). */
        @Override
        public void close() {
            if (login != null) {
                if (presence != null) {
                    presence.detach(login);
                }
                login.close();
            }
        }
    }

    /** The folder of the store this workstation works on: its newsroom copy once joined. */
    public static Path storeDirectory(Path dataDirectory) {
        return JoinedServer.storeDirectory(dataDirectory);
    }

    /** The server this workstation joined, without user or password; empty when it joined none. */
    public static Optional<String> server(Path dataDirectory) {
        return JoinedServer.of(dataDirectory);
    }

    /**
     * Joins the newsroom at {@code address} as {@code name}: checks the server, its schema and
     * the sign-in, makes the newsroom copy with the newsroom as it is now, and only then records
     * the join.
     */
    public static Member join(Path dataDirectory, String address, String name, char[] password, Clock clock) {
        Optional<String> joined = JoinedServer.of(dataDirectory);
        if (joined.isPresent()) {
            throw new NewsroomException("error.newsroom.alreadyJoined", joined.get());
        }
        ServerAddress server = ServerAddress.parse(address, "byline");
        String person = ProfileFields.name(name);
        PersonLogin login = PersonLogin.signIn(server, person, password);
        JoinedServer.deleteCopy(dataDirectory); // what a join that did not finish left
        try (Database store = Database.open(JoinedServer.copyDirectory(dataDirectory))) {
            NewsroomCopy copy = new NewsroomCopy(store);
            copy.become(UUID.randomUUID());
            new Sync(copy, clock).round(login);
            SqlitePeopleStore people = new SqlitePeopleStore(store, clock);
            new Staff(people).keepVerifierHere(login.me().id(), password);
            // the window offers the one who joined first
            new Workspace(new SqliteSettingsStore(store), people).useProfile(login.me());
        } catch (RuntimeException e) {
            login.close();
            JoinedServer.deleteCopy(dataDirectory);
            throw e;
        }
        JoinedServer.record(dataDirectory, server.withoutUser());
        return new Member(login.me(), login, null, null);
    }

    /**
     * Back to the workstation's own store. Refused while changes made here have not reached the
     * server, unless {@code discard}: they would be lost.
     */
    public static String leave(Path dataDirectory, boolean discard) {
        String server =
                JoinedServer.of(dataDirectory).orElseThrow(() -> new NewsroomException("error.newsroom.notJoined"));
        if (!discard) {
            int waiting;
            try (Database store = Database.open(JoinedServer.copyDirectory(dataDirectory))) {
                waiting = new NewsroomCopy(store).waitingCount();
            }
            if (waiting > 0) {
                throw new NewsroomException("error.newsroom.changesWaiting", waiting, server);
            }
        }
        JoinedServer.forget(dataDirectory);
        return server;
    }

    /** Where this workstation stands; no sign-in needed. */
    public static Standing standing(Path dataDirectory) {
        Optional<String> server = JoinedServer.of(dataDirectory);
        if (server.isEmpty()) {
            return new Standing(null, false, 0, null);
        }
        int waiting;
        Instant lastSent;
        try (Database store = Database.open(JoinedServer.copyDirectory(dataDirectory))) {
            NewsroomCopy copy = new NewsroomCopy(store);
            waiting = copy.waitingCount();
            lastSent = copy.lastSent();
        }
        boolean reachable = PersonLogin.answers(ServerAddress.parse(server.get(), "byline"));
        return new Standing(server.get(), reachable, waiting, lastSent);
    }

    /**
     * Signs {@code name} in to the joined newsroom: on the server when it answers (and keeps their
     * offline verifier here for next time), else with that verifier, if they signed in on this
     * workstation before. A wrong password is refused either way.
     */
    public static Member signIn(Path dataDirectory, Newsroom store, String name, char[] password) {
        String address =
                JoinedServer.of(dataDirectory).orElseThrow(() -> new NewsroomException("error.newsroom.notJoined"));
        ServerAddress server = ServerAddress.parse(address, "byline");
        PersonLogin login;
        try {
            login = PersonLogin.signIn(server, name, password);
        } catch (NewsroomException e) {
            if (!e.key().equals("error.server.unreachable")) {
                throw e;
            }
            store.server().online(false);
            return new Member(store.staff().authenticateHere(name, password), null, null, null);
        }
        store.server().attach(login);
        Sync.Report round;
        try {
            round = store.sync().round(login);
            store.staff().keepVerifierHere(login.me().id(), password);
        } catch (RuntimeException e) {
            store.server().detach(login);
            login.close();
            if (!(e instanceof NewsroomException n) || !n.key().equals("error.newsroom.serverGone")) {
                throw e;
            }
            return new Member(store.staff().authenticateHere(name, password), null, null, null);
        }
        return new Member(store.staff().named(name), login, round, store.server());
    }

    /** The login role {@code name} has (or would have) on the newsroom this workstation joined. */
    public static Optional<String> loginOf(Path dataDirectory, String name) {
        return JoinedServer.of(dataDirectory).map(s -> PersonLogin.loginOf(ServerAddress.parse(s, "byline"), name));
    }

    /**
     * Adds a person to the newsroom on its server, as {@code admin} (the server refuses anyone
     * else). Returns their id; the next round brings them to every workstation.
     */
    public static long addPerson(Member admin, String name, String email, Role role, char[] password) {
        if (!admin.online()) {
            throw new NewsroomException("error.newsroom.needsServer", "people add");
        }
        String shown = ProfileFields.name(name);
        String address = ProfileFields.email(email);
        if (password == null || password.length < Passwords.MIN_LENGTH) {
            throw new NewsroomException("people.passwordTooShort", Passwords.MIN_LENGTH);
        }
        return admin.login().addPerson(shown, address, role.code(), password, new Passwords().hash(password));
    }

    /** {@code name} signed in on the server of the newsroom this workstation joined (the window's line). */
    static PersonLogin onServer(Path dataDirectory, String name, char[] password) {
        String address =
                JoinedServer.of(dataDirectory).orElseThrow(() -> new NewsroomException("error.newsroom.notJoined"));
        return PersonLogin.signIn(ServerAddress.parse(address, "byline"), name, password);
    }

    /** A person or an article of the workstation's own store, and the id it has in the newsroom. */
    public record MovedIn(String kind, long oldId, long newId, String name) {}

    /**
     * Copies this workstation's own store (people, then articles with their tags, history and
     * revisions) onto the newsroom's server, as {@code admin}; running it again copies nothing
     * twice and tells the same ids. People new to the newsroom get a login without a password:
     * the admin gives them one with {@link #setPassword}.
     */
    public static List<MovedIn> moveIn(Path dataDirectory, Member admin) {
        if (!admin.online()) {
            throw new NewsroomException("error.newsroom.needsServer", "newsroom move-in");
        }
        List<MovedIn> moved;
        // the house style rules the store kept in its file become the newsroom's, unless it has its own
        Path rules = dataDirectory.resolve(StyleCheck.FILE_NAME);
        Map<String, String> alsoSettings = new HashMap<>();
        try {
            if (Files.isRegularFile(rules)) {
                alsoSettings.put(StyleCheck.NEWSROOM_RULES, Files.readString(rules, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new NewsroomException("error.styleRulesFile", e, rules, e.getMessage());
        }
        try (Database own = Database.open(dataDirectory)) {
            moved = admin.login().moveIn(own, alsoSettings).stream()
                    .map(m -> new MovedIn(m.kind(), m.oldId(), m.newId(), m.name()))
                    .toList();
        }
        // the sites' secrets stay on this workstation, under the newsroom's ids for the sites now
        SecretFiles ownSecrets = new SecretFiles(dataDirectory);
        SecretFiles copySecrets = SecretFiles.ofNewsroom(JoinedServer.copyDirectory(dataDirectory));
        for (MovedIn site : moved) {
            if (site.kind().equals("site") && ownSecrets.sites().contains(site.oldId())) {
                char[] secret = ownSecrets.read(site.oldId());
                try {
                    copySecrets.write(site.newId(), secret);
                } finally {
                    Staff.forget(secret);
                }
            }
        }
        return moved;
    }

    /** Gives {@code name} a (new) password on the newsroom's server, as {@code admin}. */
    public static void setPassword(Member admin, String name, char[] password) {
        if (!admin.online()) {
            throw new NewsroomException("error.newsroom.needsServer", "people password");
        }
        if (password == null || password.length < Passwords.MIN_LENGTH) {
            throw new NewsroomException("people.passwordTooShort", Passwords.MIN_LENGTH);
        }
        admin.login().setPassword(name, password, new Passwords().hash(password));
    }

    /** What a connection test found: the server answered and took the sign-in. */
    public record Tested(String server, String person, String role) {}

    /**
     * Tries {@code address} as {@code name} without joining (설정 → 이 컴퓨터's connection test):
     * the server answers, its database is a newsroom of this Byline's version, and the sign-in is
     * taken. Refused in the person's words otherwise.
     */
    public static Tested test(String address, String name, char[] password) {
        ServerAddress server = ServerAddress.parse(address, "byline");
        try (PersonLogin login = PersonLogin.signIn(server, ProfileFields.name(name), password)) {
            return new Tested(
                    server.where(), login.me().name(), login.me().role().code());
        }
    }
}
