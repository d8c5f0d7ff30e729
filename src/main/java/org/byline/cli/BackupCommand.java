package org.byline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "Back up the store and photo originals into one archive; prints its path.")
final class BackupCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Option(names = "--to", paramLabel = "DIR", description = "Folder for the archive (default: the data directory's backups folder, newest 14 kept)")
    Path to;

    @Spec
    CommandSpec spec;

    BackupCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(session.context().backups().backUp(to));
        return 0;
    }
}
