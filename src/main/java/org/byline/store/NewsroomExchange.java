package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.byline.domain.NewsroomException;

/**
 * Moves changes between a workstation's newsroom copy and the newsroom server, on a connection
 * signed in as the person at the keyboard, so the server's rights are theirs: {@link
 * NewsroomSending} sends what waits here, {@link NewsroomBringing} brings what changed there. What
 * a result means to the person is decided in newsroom.Sync.
 */
public final class NewsroomExchange {
    /** What became of one change sent. */
    public sealed interface Sent {
        NewsroomCopy.Waiting change();
    }

    /** Applied (or found applied already, when an answer had been lost). */
    public record Applied(NewsroomCopy.Waiting change) implements Sent {}

    /**
     * The server had a newer text than the one this was written on, or would not take the text
     * from this person: it was kept as revision {@code revision} of the article instead.
     */
    public record KeptAsRevision(NewsroomCopy.Waiting change, int revision) implements Sent {}

    /** Refused for good (a right the person lacks, a status that moved on); {@code reason} is the server's. */
    public record Refused(NewsroomCopy.Waiting change, String reason) implements Sent {}

    /** Thrown when the server stopped answering: what was not sent waits for the next try. */
    public static final class ServerGone extends RuntimeException {
        ServerGone(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Articles read from the server at a time (and changes sent between two looks at what waits). */
    static final int BATCH = 500;

    private final Connection server;
    private final NewsroomCopy copy;
    private final String where;
    private final NewsroomSending sending;
    private final NewsroomBringing bringing;

    /**
     * @param server a connection to the newsroom server signed in as the person; autocommit is turned off
     * @param where  the server as messages name it (host:port/database)
     */
    public NewsroomExchange(Connection server, NewsroomCopy copy, Clock clock, String where) {
        this.server = server;
        this.copy = copy;
        this.where = where;
        this.sending = new NewsroomSending(server, copy, clock);
        this.bringing = new NewsroomBringing(server, copy, where);
    }

    /** Sends every waiting change in order; stops at the first sign the server has gone. */
    public List<Sent> sendWaiting() {
        return sending.sendWaiting();
    }

    /**
     * Writes the newsroom's changes since this copy last looked into it.
     *
     * @param also articles to read again whatever their number (one whose change was refused)
     * @return the ids of the articles written in
     */
    public Set<Long> bring(Set<Long> also) {
        return bringing.bring(also);
    }

    /** Takes numbers from the server for articles started here, up to {@code want} in hand. */
    public void topUpNumbers(UUID workstation, int want) {
        int missing = want - copy.numbersLeft();
        if (missing <= 0) {
            return;
        }
        List<Long> numbers = new ArrayList<>();
        try {
            server.setAutoCommit(false);
            try (PreparedStatement st = server.prepareStatement("SELECT reserve_article_ids(?::uuid, ?)")) {
                st.setString(1, workstation.toString());
                st.setInt(2, missing);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    numbers.add(rs.getLong(1));
                }
            }
            server.commit();
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            throw new NewsroomException("error.server", e, where, firstLine(e));
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
        copy.lend(numbers);
    }

    /** Connection trouble, a server shutting down or a terminated session: try again later. */
    static boolean isGone(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
    }

    static void rollBack(Connection server) {
        try {
            server.rollback();
        } catch (SQLException ignored) {
            // the connection is gone or the transaction already ended: nothing left to undo
        }
    }

    private void rollBack() {
        rollBack(server);
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR: ", "");
    }

    static Instant at(Object value) {
        return (Instant) value;
    }
}
