package org.byline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description =
                "Import files as new drafts of --as: text or Markdown (first line is the headline), "
                        + "news pages saved or copied from a browser, ninjs JSON, Byline packages (.zip). Prints each new article's id, one a "
                        + "line; a file that cannot be imported is named on stderr, imports nothing, and makes the exit code 1.")
final class ImportCommand extends SessionCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(
            names = "--as",
            required = true,
            paramLabel = "NAME",
            description = "Who imports: the new articles are theirs")
    String as;

    ImportCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person person = session.as(as);
        Messages messages = session.messages();
        PrintWriter out = out();
        PrintWriter err = err();
        int failed = 0;
        for (Path file : files) {
            try {
                Article article = session.context().imports().importFile(file, person);
                out.println(article.id());
                out.flush();
            } catch (NewsroomException e) {
                failed++;
                err.println("byline: " + messages.get("cli.import.failed", file.getFileName(), messages.describe(e)));
                err.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
