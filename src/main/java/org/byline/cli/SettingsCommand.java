package org.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "settings", description = "Show the settings, or change one: settings set KEY VALUE.",
        subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    SettingsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.context().settings().values().forEach((k, v) -> spec.commandLine().getOut().println(k + "\t" + v));
        return 0;
    }

    @Command(name = "get", description = "Print one setting's value in force (its default when none was set).")
    static final class Get implements Callable<Integer> {
        private final Session session;

        @Mixin
        GlobalOptions global;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Spec
        CommandSpec spec;

        Get(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            var values = session.context().settings().values();
            if (!values.containsKey(key)) {
                throw new org.byline.domain.NewsroomException("error.unknownSetting", key, String.join(", ", values.keySet()));
            }
            spec.commandLine().getOut().println(values.get(key));
            return 0;
        }
    }

    @Command(name = "set", description = {"Change a setting; an empty value restores the default.",
            "Once the store has an admin, only an admin may (--as ADMIN)."})
    static final class Set implements Callable<Integer> {
        private final Session session;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "KEY", description = "outlet.name, outlet.masthead, outlet.site, outlet.footer, outlet.leadStyle (bracket|paren|none), "
                + "photos.maxMegabytes, manuscript.sheet (200|150) or manuscript.target.<section>")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Option(names = "--as", paramLabel = "ADMIN", description = "The admin changing it, once the store has one")
        String as;

        Set(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            session.context().settings().set(key, value, session.asIfNamed(as));
            return 0;
        }
    }
}
