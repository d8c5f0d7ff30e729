package org.byline.cli;

import org.byline.domain.Role;
import org.byline.newsroom.NewsroomServer;
import org.byline.newsroom.Staff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "newsroom",
        description = "A newsroom's shared server (PostgreSQL 15 or newer).",
        subcommands = {NewsroomCommand.Create.class})
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
            // no store is opened: making a server's newsroom changes nothing on this workstation
            // a mistyped address is named before anyone is asked for a password
            NewsroomServer.Address server = NewsroomServer.address(url);
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
                return 0;
            } finally {
                Staff.forget(serverPassword);
                Staff.forget(adminPassword);
            }
        }
    }
}
