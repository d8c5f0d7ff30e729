package org.byline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "detach", description = "Take a photo off an article. Its file is deleted once no article uses it.")
final class DetachCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Parameters(index = "1", paramLabel = "PHOTO_ID", description = "The photo, as photos ID lists it")
    long photoId;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is taking it off")
    String as;

    DetachCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.context().photos().detach(id, photoId, session.as(as));
        return 0;
    }
}
