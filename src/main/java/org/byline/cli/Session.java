package org.byline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.Pasting;
import org.byline.newsroom.Staff;
import org.byline.newsroom.Sync;

/** What the commands of one run share: the store, opened when a command first needs it. */
public final class Session implements AutoCloseable {
    private final GlobalOptions options;
    private final Function<GlobalOptions, ? extends Newsroom> contexts;
    private Newsroom context;
    private Joining.Member member;
    private boolean signInRoundTold;

    Session(GlobalOptions options, Function<GlobalOptions, ? extends Newsroom> contexts) {
        this.options = options;
        this.contexts = contexts;
    }

    public Newsroom context() {
        if (context == null) {
            context = contexts.apply(options);
        }
        return context;
    }

    public Messages messages() {
        return new Messages(options.locale());
    }

    public GlobalOptions options() {
        return options;
    }

    /**
     * The profile named by {@code --as}, once it has shown it is who it says: a desk or admin
     * profile's password comes from BYLINE_PASSWORD or a prompt. An unknown name is refused.
     */
    public Person as(String name) {
        if (joined()) {
            return member(name).person();
        }
        Staff staff = context().staff();
        Person named = staff.named(name);
        if (!named.role().needsPassword()) {
            return named;
        }
        char[] password = passwords().of(named);
        try {
            return staff.authenticate(named.name(), password);
        } finally {
            Staff.forget(password);
        }
    }

    /** The profile named by {@code --as}, or nobody when the option was not given. */
    public Person asIfNamed(String name) {
        return name == null ? null : as(name);
    }

    /** Whether this workstation works on a newsroom copy (it joined a newsroom server). */
    boolean joined() {
        return Joining.server(options.dataDirectory()).isPresent();
    }

    /**
     * {@code name} signed in to the joined newsroom, once per run: on the server when it answers,
     * which also brings the newsroom's current state before the command reads it; else on this
     * workstation, if they signed in here before. In a newsroom everyone has a password.
     */
    Joining.Member member(String name) {
        if (member != null) {
            if (!member.person().name().equals(name)) {
                throw new NewsroomException(
                        "cli.oneMemberPerRun", member.person().name(), name);
            }
            return member;
        }
        char[] password = passwords().ofMember(name);
        try {
            member = Joining.signIn(options.dataDirectory(), context(), name, password);
            return member;
        } finally {
            Staff.forget(password);
        }
    }

    /** {@link #member} for what only a workstation in a newsroom can do (sync, move-in, people password). */
    Joining.Member joinedMember(String name) {
        if (!joined()) {
            throw new NewsroomException("error.newsroom.notJoined");
        }
        return member(name);
    }

    /**
     * After a command that went well: on a newsroom copy, what it changed is sent and the
     * newsroom's changes brought. Returns the lines to tell (a text kept as a revision, a change
     * the server refused, or that the work waits on this workstation) and whether all went.
     */
    Finish finish() {
        if (context == null || !context().sync().joined()) {
            return new Finish(List.of(), true);
        }
        Messages messages = messages();
        List<String> lines = new ArrayList<>();
        if (member == null || !member.online()) {
            int waiting = context().sync().waiting();
            if (waiting > 0) {
                lines.add(messages.get("cli.newsroom.waitingHere", waiting));
            }
            return new Finish(lines, true);
        }
        List<Sync.Report> reports = new ArrayList<>();
        if (!signInRoundTold && member.signInRound() != null) {
            reports.add(member.signInRound());
            signInRoundTold = true;
        }
        try {
            reports.add(member.round(context()));
            boolean clean = true;
            for (Sync.Report report : reports) {
                for (Sync.Kept kept : report.kept()) {
                    lines.add(messages.get("cli.newsroom.keptAsRevision", kept.articleId(), kept.revision()));
                }
                for (Sync.Refused refused : report.refused()) {
                    lines.add(messages.get(
                            "cli.newsroom.refused",
                            refused.articleId(),
                            refused.action(),
                            Pasting.line(refused.reason())));
                }
                clean &= report.clean();
            }
            return new Finish(lines, clean);
        } catch (NewsroomException e) {
            if (!e.key().equals("error.newsroom.serverGone")) {
                throw e;
            }
            lines.add(messages.get("cli.newsroom.waitingHere", context().sync().waiting()));
            return new Finish(lines, true);
        }
    }

    /** What {@link #finish} has to say, and whether the run's changes all went as asked. */
    record Finish(List<String> lines, boolean clean) {}

    PasswordSource passwords() {
        return new PasswordSource(options.env(), messages());
    }

    @Override
    public void close() {
        if (member != null) {
            member.close();
        }
        member = null;
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
