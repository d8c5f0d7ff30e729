package org.byline.cli;

import org.byline.domain.Person;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.newsroom.Staff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "sites",
        description = "The websites articles are pushed to.",
        subcommands = {
            SitesCommand.Add.class,
            SitesCommand.ListSites.class,
            SitesCommand.Secret.class,
            SitesCommand.Remove.class
        })
final class SitesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(
            name = "add",
            description = {
                "Add a site; prints its id.",
                "The secret (WordPress application password, or the ninjs endpoint's bearer token) comes from BYLINE_SITE_SECRET or a prompt;",
                "it is kept in the data directory's secrets folder, readable by you only, never in byline.db.",
                "HTTPS is required except for this machine (localhost, 127.0.0.1, ::1)."
            })
    static final class Add extends SessionCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "wordpress|ninjs")
        String type;

        @Option(
                names = "--url",
                required = true,
                paramLabel = "URL",
                description = "The WordPress site's address, or the ninjs endpoint")
        String url;

        @Option(
                names = "--user",
                paramLabel = "U",
                description = "The WordPress user the application password belongs to")
        String user;

        @Option(names = "--as", paramLabel = "ADMIN", description = "The admin adding the site, once the store has one")
        String as;

        Add(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            SiteType siteType = SiteType.fromCode(type);
            Person admin = session.asIfNamed(as);
            char[] secret = session.passwords().siteSecret(name);
            try {
                Site site = session.context().sites().add(name, siteType, url, user, secret, admin);
                out().println(site.id());
                return 0;
            } finally {
                Staff.forget(secret);
            }
        }
    }

    @Command(name = "list", description = "List sites: name, type, address, user.")
    static final class ListSites extends SessionCommand {
        @Option(
                names = "--as",
                paramLabel = "NAME",
                description =
                        "Who is reading (needed on a workstation that joined a newsroom: its sites are on the server)")
        String as;

        ListSites(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.asIfNamed(as);
            for (Site s : session.context().sites().all()) {
                out().println(String.join("\t", s.name(), s.type().code(), s.url(), s.user()));
            }
            return 0;
        }
    }

    @Command(
            name = "secret",
            description = {
                "Keep a site's secret on this workstation, so the desk can push to it from here.",
                "In a newsroom the sites are shared, but each workstation that pushes keeps the secrets itself.",
                "The secret comes from BYLINE_SITE_SECRET or a prompt; it replaces the one kept before."
            })
    static final class Secret extends SessionCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor")
        String as;

        Secret(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            Person by = session.as(as);
            char[] secret = session.passwords().siteSecret(name);
            try {
                session.context().sites().keepSecret(name, secret, by);
                return 0;
            } finally {
                Staff.forget(secret);
            }
        }
    }

    @Command(name = "remove", description = "Remove a site and its secret. Refused while a push to it is on its way.")
    static final class Remove extends SessionCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(
                names = "--as",
                paramLabel = "ADMIN",
                description = "The admin removing the site, once the store has one")
        String as;

        Remove(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().sites().remove(name, session.asIfNamed(as));
            return 0;
        }
    }
}
