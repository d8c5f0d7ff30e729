package org.byline.cli;

import org.byline.domain.NewsroomException;
import org.byline.newsroom.Joining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync --as NAME}: on a workstation that joined a newsroom, send what waits now and bring
 * the newsroom's changes, then exit. Refused (exit 1) while the server does not answer.
 */
@Command(
        name = "sync",
        description = "Send the changes made here to the newsroom server now, and bring the newsroom's.")
final class SyncCommand extends SessionCommand {
    @Option(names = "--as", paramLabel = "NAME", required = true, description = "Who signs in to the newsroom")
    String as;

    SyncCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Joining.Member member = session.joinedMember(as);
        if (!member.online()) {
            throw new NewsroomException(
                    "error.newsroom.serverGone",
                    Joining.server(global.dataDirectory()).orElse("?"));
        }
        Session.Finish finish = session.finish();
        finish.lines().forEach(line -> err().println("byline: " + line));
        err().println(session.messages()
                .get("cli.newsroom.synced", session.context().sync().waiting()));
        return finish.clean() ? 0 : 1;
    }
}
