package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.byline.domain.Photo;
import org.byline.exchange.ArticleJson;
import org.byline.newsroom.Photos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "photos", description = "List an article's photos in order: id, position, lead, width×height, credit, caption.")
final class PhotosCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--json", description = "Print a JSON array of photo objects, with their rendition files")
    boolean json;

    @Spec
    CommandSpec spec;

    PhotosCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Photos photos = session.context().photos();
        List<Photo> list = photos.photos(id);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ArticleJson().photos(list, photos::rendition));
            return 0;
        }
        String leadMark = session.messages().get("cli.photoLead");
        for (Photo p : list) {
            out.println(String.join("\t", Long.toString(p.id()), Integer.toString(p.position()), p.lead() ? leadMark : "",
                    p.width() + "×" + p.height(), p.credit(), p.caption().replace('\n', ' ')));
        }
        return 0;
    }
}
