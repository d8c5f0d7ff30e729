package org.byline.cli;

import java.nio.file.Path;
import java.util.List;
import org.byline.newsroom.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Back up the store and photo originals into one archive; prints its path.")
final class BackupCommand extends SessionCommand {
    @Option(
            names = "--to",
            paramLabel = "DIR",
            description = "Folder for the archive (default: the data directory's backups folder, newest 14 kept)")
    Path to;

    BackupCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Backups.Written written = session.context().backups().backUp(to);
        out().println(written.archive());
        if (written.complete()) {
            return 0;
        }
        // written all the same (the articles are safe), but a backup that cannot bring the photos back must not pass
        // for a good one
        List<String> missing = written.missingPhotos();
        String shown = String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                + (missing.size() > 10 ? ", …" : "");
        err().println("byline: "
                + session.messages().get("cli.backupIncomplete", missing.size(), shown, written.archive()));
        return 1;
    }
}
