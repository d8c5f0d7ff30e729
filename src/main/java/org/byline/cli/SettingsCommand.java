package org.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "settings", description = "Show the settings, or change one: settings set KEY VALUE.",
        subcommands = SettingsCommand.Set.class)
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

    @Command(name = "set", description = "Change a setting; an empty value restores the default.")
    static final class Set implements Callable<Integer> {
        private final Session session;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "KEY", description = "outlet.name, outlet.masthead, outlet.site, outlet.footer or photos.maxMegabytes")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        Set(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            session.context().settings().set(key, value);
            return 0;
        }
    }
}
