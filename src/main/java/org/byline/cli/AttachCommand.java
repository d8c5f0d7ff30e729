package org.byline.cli;

import java.nio.file.Path;
import java.util.List;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "attach",
        description = "Attach photos (JPEG or PNG) to an article; prints the new photo ids, one a line. "
                + "One bad file attaches none. Returns once the site's sizes are made.")
final class AttachCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--caption", paramLabel = "C", description = "Caption (사진 설명); default: the photo's own")
    String caption;

    @Option(
            names = "--credit",
            paramLabel = "C",
            description = "Credit, e.g. 사진=영등포구청; default: from the photo's IPTC credit or by-line")
    String credit;

    @Option(names = "--alt", paramLabel = "A", description = "Alt text; default: the caption")
    String alt;

    @Option(names = "--lead", description = "Make the first of these photos the lead (대표 사진)")
    boolean lead;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is attaching")
    String as;

    AttachCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        List<Photo> attached =
                session.context().photos().attach(id, files, new PhotoDetails(caption, credit, alt), lead, by);
        attached.forEach(p -> out().println(p.id()));
        return 0;
    }
}
