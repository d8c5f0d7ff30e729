package org.byline.newsroom;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.byline.domain.Status;
import org.byline.store.postgres.BenchServer;
import org.byline.store.postgres.ServerAddress;

/**
 * A newsroom made for a while on a server somebody else runs (the newsroom benchmark): a database
 * of its own under a random name, made into a newsroom as {@code newsroom create} makes one, and
 * dropped with all its roles on {@link #close}. In between it can play a server restart, and says
 * what the server holds of every article.
 */
public final class ScratchNewsroom implements AutoCloseable {
    /** One article as the server holds it, with the texts it kept as revisions instead of saving them over newer ones. */
    public record Held(long id, Status status, String headline, String body, List<Text> kept) {}

    /** A headline and body. */
    public record Text(String headline, String body) {}

    private final BenchServer server;
    private final ServerAddress database;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private ScratchNewsroom(BenchServer server, ServerAddress database) {
        this.server = server;
        this.database = database;
    }

    /**
     * Makes the database and the newsroom in it, with its first admin; a newsroom that could not be
     * made is dropped again before the failure is thrown.
     *
     * @param address a server and a database its user may connect to, e.g. {@code postgresql://host/postgres?user=postgres}
     */
    public static ScratchNewsroom make(String address, char[] password, String adminName, char[] adminPassword) {
        BenchServer server = new BenchServer(ServerAddress.parse(address), password);
        ServerAddress database = server.createDatabase();
        ScratchNewsroom made = new ScratchNewsroom(server, database);
        try {
            NewsroomServer.create(database.toString(), password, adminName, "", adminPassword);
            return made;
        } catch (RuntimeException e) {
            try {
                made.close();
            } catch (RuntimeException dropping) {
                e.addSuppressed(dropping);
            }
            throw e;
        }
    }

    /** The address workstations join (its user is the server's; a person joins as themselves). */
    public String address() {
        return database.toString();
    }

    /** The database's name, which is also the start of its roles' names. */
    public String name() {
        return database.database();
    }

    /** Everyone connected is thrown out, and nobody gets in until {@link #reopen}. */
    public void shutOut() {
        server.shutOut(database);
    }

    public void reopen() {
        server.letIn(database);
    }

    /** {@code count} generated articles, written on the server by its owner (the queue measurement). */
    public void fill(int count) {
        server.fill(database, count);
    }

    /** Every article as the server holds it now. */
    public List<Held> articles() {
        return server.articles(database).stream()
                .map(a -> new Held(
                        a.id(),
                        Status.fromCode(a.status()),
                        a.headline(),
                        a.body(),
                        a.kept().stream()
                                .map(k -> new Text(k.headline(), k.body()))
                                .toList()))
                .toList();
    }

    /** How many of the newsroom's push jobs are in each state. */
    public Map<String, Integer> pushJobs() {
        return server.pushJobs(database);
    }

    /** Drops the database and every role of its newsroom, whoever is still connected; once. */
    @Override
    public void close() {
        if (dropped.compareAndSet(false, true)) {
            server.dropDatabase(database);
        }
    }
}
