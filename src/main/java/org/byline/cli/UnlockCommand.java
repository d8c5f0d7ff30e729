package org.byline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "unlock",
        description = "Give up your lock on an article. Somebody else's lock is refused; break it with lock --break.")
final class UnlockCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Whose lock it is")
    String as;

    UnlockCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.context().locks().release(id, session.as(as));
        err().println(session.messages().get("cli.unlocked", id));
        return 0;
    }
}
