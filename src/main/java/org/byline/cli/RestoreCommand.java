package org.byline.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.byline.domain.QueueFilter;
import org.byline.newsroom.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        description = "Replace the store with a backup archive. Asks nothing; the replaced store is kept beside it.")
final class RestoreCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path archive;

    RestoreCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        // the store is never opened here: restoring is how a damaged store is mended
        Path dataDirectory = session.options().dataDirectory();
        Backups.Restored restored = Backups.restore(archive, dataDirectory, Clock.systemUTC());
        int articles = session.context().drafting().count(QueueFilter.NEWEST_FIRST);
        // the replaced store is named, so whoever restored the wrong file knows where their work is
        err().println(restored.previous()
                .map(previous -> session.messages().get("cli.restored", restored.store(), articles, previous))
                .orElseGet(() -> session.messages().get("cli.restoredIntoEmpty", restored.store(), articles)));
        return 0;
    }
}
