package org.byline.cli;

import java.util.concurrent.Callable;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "people", description = "The newsroom's profiles.",
        subcommands = {PeopleCommand.Add.class, PeopleCommand.ListPeople.class})
final class PeopleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "add", description = "Add a reporter profile; prints its id.")
    static final class Add implements Callable<Integer> {
        private final Session session;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--email", paramLabel = "E")
        String email;

        @Spec
        CommandSpec spec;

        Add(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Person person = session.context().staff().addReporter(name, email);
            spec.commandLine().getOut().println(person.id());
            return 0;
        }
    }

    @Command(name = "list", description = "List profiles: id, name, e-mail.")
    static final class ListPeople implements Callable<Integer> {
        private final Session session;

        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        ListPeople(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            for (Person p : session.context().staff().all()) {
                spec.commandLine().getOut().println(p.id() + "\t" + p.name() + "\t" + p.email());
            }
            return 0;
        }
    }
}
