package org.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "unlock", description = "Give up your lock on an article. Somebody else's lock is refused; break it with lock --break.")
final class UnlockCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Whose lock it is")
    String as;

    @Spec
    CommandSpec spec;

    UnlockCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.context().locks().release(id, session.as(as));
        spec.commandLine().getErr().println(session.messages().get("cli.unlocked", id));
        return 0;
    }
}
