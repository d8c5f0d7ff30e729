package org.byline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Back up the store and photo originals into one archive; prints its path.")
final class BackupCommand extends SessionCommand {
    @Option(names = "--to", paramLabel = "DIR", description = "Folder for the archive (default: the data directory's backups folder, newest 14 kept)")
    Path to;

    BackupCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        out().println(session.context().backups().backUp(to));
        return 0;
    }
}
