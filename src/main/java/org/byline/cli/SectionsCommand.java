package org.byline.cli;

import java.util.List;
import org.byline.domain.Person;
import org.byline.domain.Section;
import org.byline.newsroom.Sections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "sections",
        description = {
            "List the site's sections (place, name, and 'retired' for retired ones),",
            "or change them: add, rename, move, retire, restore (--as ADMIN once the store has one)."
        },
        subcommands = {
            SectionsCommand.Add.class,
            SectionsCommand.Rename.class,
            SectionsCommand.Move.class,
            SectionsCommand.Retire.class,
            SectionsCommand.Restore.class
        })
final class SectionsCommand extends SessionCommand {
    SectionsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Section> all = session.context().sections().all();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            out().println((i + 1) + "\t" + s.name() + (s.retired() ? "\tretired" : ""));
        }
        return 0;
    }

    /** What every change needs: the store and who is changing it. */
    abstract static class Change extends SessionCommand {
        @Option(
                names = "--as",
                paramLabel = "ADMIN",
                description = "The admin making the change, once the store has one")
        String as;

        Change(Session session) {
            super(session);
        }
    }

    /** A change that names one section: add, retire, restore. */
    abstract static class OneSection extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        OneSection(Session session) {
            super(session);
        }

        abstract void change(Sections sections, String name, Person by);

        @Override
        public Integer call() {
            change(session.context().sections(), name, session.asIfNamed(as));
            return 0;
        }
    }

    @Command(name = "add", description = "Add a section at the end of the site's menu.")
    static final class Add extends OneSection {
        Add(Session session) {
            super(session);
        }

        @Override
        void change(Sections sections, String name, Person by) {
            sections.add(name, by);
        }
    }

    @Command(name = "rename", description = "Rename a section; its articles and its length target follow.")
    static final class Rename extends Change {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        Rename(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().sections().rename(from, to, session.asIfNamed(as));
            return 0;
        }
    }

    @Command(name = "move", description = "Move a section to PLACE (1 = first) in the site's menu.")
    static final class Move extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "PLACE")
        int place;

        Move(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().sections().move(name, place, session.asIfNamed(as));
            return 0;
        }
    }

    @Command(name = "retire", description = "Retire a section: off the menu and new articles, kept on old ones.")
    static final class Retire extends OneSection {
        Retire(Session session) {
            super(session);
        }

        @Override
        void change(Sections sections, String name, Person by) {
            sections.retire(name, by);
        }
    }

    @Command(name = "restore", description = "Put a retired section back in use.")
    static final class Restore extends OneSection {
        Restore(Session session) {
            super(session);
        }

        @Override
        void change(Sections sections, String name, Person by) {
            sections.restore(name, by);
        }
    }
}
