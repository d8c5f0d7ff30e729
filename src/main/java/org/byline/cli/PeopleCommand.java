package org.byline.cli;

import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.exchange.PeopleJson;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Staff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "people",
        description = "The newsroom's profiles.",
        subcommands = {PeopleCommand.Add.class, PeopleCommand.ListPeople.class, PeopleCommand.Password.class})
final class PeopleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(
            name = "add",
            description = {
                "Add a profile; prints its id.",
                "A desk or admin profile's password comes from BYLINE_NEW_PASSWORD or a prompt.",
                "Once the store has an admin, only an admin adds profiles (--as ADMIN, password from BYLINE_PASSWORD or a prompt)."
            })
    static final class Add extends SessionCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--email", paramLabel = "E")
        String email;

        @Option(
                names = "--role",
                paramLabel = "reporter|desk|admin",
                defaultValue = "reporter",
                description = "reporter (default), desk or admin")
        String role;

        @Option(
                names = "--as",
                paramLabel = "ADMIN",
                description = "The admin adding the profile, once the store has one")
        String as;

        Add(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            Role given = Role.fromCode(role);
            if (session.joined()) {
                return addToNewsroom(given);
            }
            Person admin = session.asIfNamed(as);
            char[] password = given.needsPassword() ? session.passwords().forNew(name, given) : null;
            try {
                Person person = session.context().staff().add(name, email, given, password, admin);
                out().println(person.id());
                return 0;
            } finally {
                Staff.forget(password);
            }
        }

        /**
         * In a newsroom the server adds people (as its admin's login), and everyone, reporters too,
         * gets a password: it is their login on the server.
         */
        private Integer addToNewsroom(Role given) {
            if (as == null) {
                throw new NewsroomException("people.adminOnly");
            }
            Joining.Member admin = session.member(as);
            char[] password = session.passwords().forNew(name, given);
            try {
                out().println(Joining.addPerson(admin, name, email, given, password));
                return 0;
            } finally {
                Staff.forget(password);
            }
        }
    }

    @Command(name = "list", description = "List profiles: id, name, e-mail, role.")
    static final class ListPeople extends SessionCommand {
        @Option(
                names = "--json",
                description = "A JSON array of {id, name, email, role, dbRole}; dbRole is the person's own login"
                        + " on the newsroom server (null on a workstation that joined none)")
        boolean json;

        ListPeople(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (json) {
                List<Person> people = session.context().staff().all();
                out().println(new PeopleJson()
                        .people(
                                people,
                                p -> Joining.loginOf(global.dataDirectory(), p.name())
                                        .orElse(null)));
                return 0;
            }
            for (Person p : session.context().staff().all()) {
                out().println(p.id() + "\t" + p.name() + "\t" + p.email() + "\t"
                        + p.role().code());
            }
            return 0;
        }
    }

    @Command(
            name = "password",
            description = {
                "On a workstation that joined a newsroom: give NAME a new password on the server (as its admin).",
                "The password comes from BYLINE_NEW_PASSWORD or a prompt; people moved in by newsroom move-in",
                "have none until then."
            })
    static final class Password extends SessionCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--as", paramLabel = "ADMIN", required = true, description = "The newsroom's admin")
        String as;

        Password(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            Joining.Member admin = session.joinedMember(as);
            char[] password = session.passwords().forNew(name, Role.REPORTER);
            try {
                Joining.setPassword(admin, name, password);
                err().println(session.messages().get("cli.people.passwordSet", name));
                return 0;
            } finally {
                Staff.forget(password);
            }
        }
    }
}
