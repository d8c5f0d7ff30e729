package org.byline.cli;

import org.byline.domain.NewsroomException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "settings",
        description = "Show the settings, or change one: settings set KEY VALUE.",
        subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand extends SessionCommand {
    SettingsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.context().settings().values().forEach((k, v) -> out().println(k + "\t" + v));
        return 0;
    }

    @Command(name = "get", description = "Print one setting's value in force (its default when none was set).")
    static final class Get extends SessionCommand {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "KEY")
        String key;

        Get(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            var values = session.context().settings().values();
            if (!values.containsKey(key)) {
                throw new NewsroomException("error.unknownSetting", key, String.join(", ", values.keySet()));
            }
            out().println(values.get(key));
            return 0;
        }
    }

    @Command(
            name = "set",
            description = {
                "Change a setting; an empty value restores the default.",
                "Once the store has an admin, only an admin may (--as ADMIN)."
            })
    static final class Set extends SessionCommand {
        @Parameters(
                index = "0",
                paramLabel = "KEY",
                description =
                        "outlet.name, outlet.masthead, outlet.site, outlet.footer, outlet.leadStyle (bracket|paren|none), "
                                + "photos.maxMegabytes, manuscript.sheet (200|150) or manuscript.target.<section>")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Option(names = "--as", paramLabel = "ADMIN", description = "The admin changing it, once the store has one")
        String as;

        Set(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().settings().set(key, value, session.asIfNamed(as));
            return 0;
        }
    }
}
