package org.byline.cli;

import java.time.Clock;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Role;
import org.byline.exchange.NewsroomJson;
import org.byline.newsroom.Joining;
import org.byline.newsroom.NewsroomServer;
import org.byline.newsroom.Pasting;
import org.byline.newsroom.Staff;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "newsroom",
        description = "A newsroom's shared server (PostgreSQL 15 or newer).",
        subcommands = {
            NewsroomCommand.Create.class,
            NewsroomCommand.Upgrade.class,
            NewsroomCommand.Join.class,
            NewsroomCommand.Leave.class,
            NewsroomCommand.Status.class,
            NewsroomCommand.MoveIn.class
        })
final class NewsroomCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(
            name = "create",
            description = {
                "Make a newsroom in an existing, empty PostgreSQL database: its tables, roles and first admin.",
                "Prints the admin's own login role on the server.",
                "The password of URL's user comes from BYLINE_DB_PASSWORD or a prompt and is used for this command only;",
                "the admin's password from BYLINE_NEW_PASSWORD or a prompt."
            })
    static final class Create extends SessionCommand {
        @Parameters(
                index = "0",
                paramLabel = "URL",
                description = "For example postgresql://db.example.kr:5432/newsroom?user=postgres")
        String url;

        @Option(names = "--admin", paramLabel = "NAME", required = true, description = "The first admin's name")
        String admin;

        @Option(names = "--email", paramLabel = "E", description = "The first admin's e-mail")
        String email;

        Create(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            // a mistyped address, or a workstation in another newsroom, is named before anyone is
            // asked for a password
            NewsroomServer.Address server = NewsroomServer.address(url);
            Joining.server(global.dataDirectory()).ifPresent(joined -> {
                throw new NewsroomException("error.newsroom.alreadyJoined", joined);
            });
            char[] serverPassword = null;
            char[] adminPassword = null;
            try {
                serverPassword = session.passwords().ofServerUser(server.where(), server.user());
                adminPassword = session.passwords().forNew(admin, Role.ADMIN);
                NewsroomServer.Created created =
                        NewsroomServer.create(url, serverPassword, admin, email, adminPassword);
                out().println(created.adminLogin());
                err().println(session.messages()
                        .get("cli.newsroom.created", created.server(), created.adminName(), created.adminLogin()));
                // the workstation that made the newsroom works in it from now on
                Joining.Member admin = Joining.join(
                        global.dataDirectory(), url, created.adminName(), adminPassword, Clock.systemUTC());
                admin.close();
                err().println(session.messages().get("cli.newsroom.joined", server.where(), created.adminName()));
                return 0;
            } finally {
                Staff.forget(serverPassword);
                Staff.forget(adminPassword);
            }
        }
    }

    @Command(
            name = "upgrade",
            description = {
                "Bring the newsroom at URL, made by an older Byline, to this Byline's schema; nothing changes on one already there.",
                "URL names the owner of the newsroom's tables; its password comes from BYLINE_DB_PASSWORD or a prompt",
                "and is used for this command only. Run it once, before the workstations move to this Byline."
            })
    static final class Upgrade extends SessionCommand {
        @Parameters(
                index = "0",
                paramLabel = "URL",
                description = "For example postgresql://db.example.kr:5432/newsroom?user=byline_owner")
        String url;

        Upgrade(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            NewsroomServer.Address server = NewsroomServer.address(url);
            char[] serverPassword = session.passwords().ofServerUser(server.where(), server.user());
            try {
                NewsroomServer.Upgraded upgraded = NewsroomServer.upgrade(url, serverPassword);
                err().println(
                                upgraded.from() == upgraded.to()
                                        ? session.messages()
                                                .get("cli.newsroom.upToDate", upgraded.server(), upgraded.to())
                                        : session.messages()
                                                .get(
                                                        "cli.newsroom.upgraded",
                                                        upgraded.server(),
                                                        upgraded.from(),
                                                        upgraded.to()));
                return 0;
            } finally {
                Staff.forget(serverPassword);
            }
        }
    }

    @Command(
            name = "join",
            description = {
                "Work in the newsroom at URL from now on, the window and every command alike.",
                "Checks the server, its schema and the sign-in; the password comes from BYLINE_PASSWORD or a prompt.",
                "This workstation's own store stays as it is (newsroom move-in copies it; newsroom leave returns to it)."
            })
    static final class Join extends SessionCommand {
        @Parameters(
                index = "0",
                paramLabel = "URL",
                description = "For example postgresql://db.example.kr:5432/newsroom")
        String url;

        @Option(names = "--as", paramLabel = "NAME", required = true, description = "Your name in the newsroom")
        String as;

        Join(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            NewsroomServer.Address server = NewsroomServer.address(url, "byline");
            Joining.server(global.dataDirectory()).ifPresent(joined -> {
                throw new NewsroomException("error.newsroom.alreadyJoined", joined);
            });
            char[] password = session.passwords().ofMember(as);
            try {
                Joining.Member member = Joining.join(global.dataDirectory(), url, as, password, Clock.systemUTC());
                member.close();
                out().println(server.where());
                err().println(session.messages()
                        .get(
                                "cli.newsroom.joined",
                                server.where(),
                                member.person().name()));
                return 0;
            } finally {
                Staff.forget(password);
            }
        }
    }

    @Command(
            name = "leave",
            description = {
                "Go back to this workstation's own store. Refused while changes made here wait to be sent,",
                "unless --discard (they would be lost)."
            })
    static final class Leave extends SessionCommand {
        @Option(names = "--discard", description = "Leave even though changes made here have not reached the server")
        boolean discard;

        Leave(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            String server = Joining.leave(global.dataDirectory(), discard);
            err().println(session.messages().get("cli.newsroom.left", server));
            return 0;
        }
    }

    @Command(
            name = "status",
            description = {
                "The newsroom server this workstation joined, whether it answers now, how many changes made here",
                "wait to be sent, and when the last one reached it. No sign-in needed."
            })
    static final class Status extends SessionCommand {
        @Option(names = "--json", description = "One object: server, reachable, waiting, lastSent")
        boolean json;

        Status(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            Joining.Standing standing = Joining.standing(global.dataDirectory());
            if (json) {
                out().println(new NewsroomJson()
                        .standing(standing.server(), standing.reachable(), standing.waiting(), standing.lastSent()));
                return 0;
            }
            if (standing.server() == null) {
                out().println(session.messages().get("cli.newsroom.notJoined"));
                return 0;
            }
            out().println(session.messages()
                    .get(
                            standing.reachable() ? "cli.newsroom.statusOnline" : "cli.newsroom.statusOffline",
                            standing.server(),
                            standing.waiting(),
                            standing.lastSent() == null ? "-" : SiteTime.format(standing.lastSent())));
            return 0;
        }
    }

    @Command(
            name = "move-in",
            description = {
                "Copy this workstation's own store onto the newsroom's server, as its admin: people, then articles",
                "with their tags, history and revisions. Running it again copies nothing twice.",
                "Prints one line per person and article: kind, old id, new id, name or headline (tab-separated)."
            })
    static final class MoveIn extends SessionCommand {
        @Option(names = "--as", paramLabel = "ADMIN", required = true, description = "The newsroom's admin")
        String as;

        MoveIn(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            Joining.Member admin = session.joinedMember(as);
            List<Joining.MovedIn> moved = Joining.moveIn(global.dataDirectory(), admin);
            for (Joining.MovedIn m : moved) {
                out().println(m.kind() + "\t" + m.oldId() + "\t" + m.newId() + "\t" + Pasting.line(m.name()));
            }
            err().println(session.messages()
                    .get(
                            "cli.newsroom.movedIn",
                            count(moved, "person"),
                            count(moved, "article"),
                            count(moved, "site"),
                            count(moved, "job")));
            return 0;
        }

        private static long count(List<Joining.MovedIn> moved, String kind) {
            return moved.stream().filter(m -> m.kind().equals(kind)).count();
        }
    }
}
