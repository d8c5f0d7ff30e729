package org.byline.newsroom;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.byline.domain.NewsroomException;
import org.byline.domain.Sender;
import org.byline.store.PushClaimStore;
import org.byline.store.PushJobStore;
import org.byline.store.SecretFiles;
import org.byline.store.SiteHoldingsStore;
import org.byline.store.SiteStore;
import org.byline.store.postgres.PersonLogin;

/**
 * Where the outbox lives. A workstation that joined no newsroom keeps its sites and push jobs in
 * its own store; one that joined keeps them on the newsroom server, so a job queued at any desk is
 * sent by exactly one workstation (the server's claim) and a post one made is found by the next.
 * Each call goes to the server through the person's login as it is at that moment; while the
 * server is away the outbox needs it (pushing is a desk action refused offline anyway), and this
 * workstation sends nothing: a job it was sending goes back to the newsroom when its lease ends.
 */
public record OutboxStores(PushJobStore jobs, PushClaimStore claims, SiteHoldingsStore holdings, SiteStore sites) {

    /** On the newsroom server, through whoever is signed in on {@code server} when a call is made. */
    public static OutboxStores onServer(ServerPresence server, SecretFiles secrets, Clock clock) {
        PushClaimStore idle = new NothingToSend();
        return new OutboxStores(
                routed(PushJobStore.class, server, PersonLogin::pushJobs, null),
                // only the desk sends; a reporter's window has nothing to claim
                routed(
                        PushClaimStore.class,
                        server,
                        login -> login.me().isDesk() ? login.pushClaims(clock, secrets::sites) : idle,
                        idle),
                routed(SiteHoldingsStore.class, server, PersonLogin::siteHoldings, null),
                routed(SiteStore.class, server, PersonLogin::sites, null));
    }

    /**
     * {@code type} answered by the store {@code there} gives for the login of the moment; while no
     * login is attached, by {@code whileAway}, or refused as needing the server when that is null.
     */
    private static <T> T routed(Class<T> type, ServerPresence server, Function<PersonLogin, T> there, T whileAway) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "newsroom " + type.getSimpleName();
                };
            }
            Optional<PersonLogin> login = server.login();
            Object target = login.<Object>map(there).orElse(whileAway);
            if (target == null) {
                throw new NewsroomException("error.newsroom.outboxOnServer");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * Claims while this workstation cannot send: there is nothing due here, and what a send that
     * was on its way would write is left to the server's lease (the job goes again from whichever
     * workstation claims it next, which finds on the server whatever the site had named).
     */
    private static final class NothingToSend implements PushClaimStore {
        @Override
        public Optional<Claim> claimDue(Duration lease, Collection<Long> only, Sender me, Predicate<Sender> gone) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> nextDue(Collection<Long> only) {
            return Optional.empty();
        }

        @Override
        public List<Sender> sendersOn(String host) {
            return List.of();
        }

        @Override
        public void renew(Claim claim, Duration lease) {}

        @Override
        public boolean done(Claim claim, String remoteId, String link) {
            return false;
        }

        @Override
        public void retryLater(Claim claim, String key, List<String> args, Instant next) {}

        @Override
        public void fail(Claim claim, String key, List<String> args) {}

        @Override
        public void release(Claim claim) {}
    }
}
