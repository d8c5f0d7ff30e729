package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.Photo;
import org.byline.exchange.ArticleJson;
import org.byline.newsroom.Photos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "photos",
        description = "List an article's photos in order: id, position, lead, width×height, credit, caption.")
final class PhotosCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--json", description = "Print a JSON array of photo objects, with their rendition files")
    boolean json;

    PhotosCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Photos photos = session.context().photos();
        List<Photo> list = photos.photos(id);
        PrintWriter out = out();
        if (json) {
            out.println(new ArticleJson().photos(list, photos::rendition));
            return 0;
        }
        String leadMark = session.messages().get("cli.photoLead");
        for (Photo p : list) {
            out.println(String.join(
                    "\t",
                    Long.toString(p.id()),
                    Integer.toString(p.position()),
                    p.lead() ? leadMark : "",
                    p.width() + "×" + p.height(),
                    p.credit(),
                    p.caption().replace('\n', ' ')));
        }
        return 0;
    }
}
