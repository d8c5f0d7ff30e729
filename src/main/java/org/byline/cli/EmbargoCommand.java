package org.byline.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.byline.domain.Article;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Person;
import org.byline.newsroom.Desk;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "embargo",
        description = {
            "Hold an article until a time (엠바고), or lift the hold. Desk editors only.",
            "Times are ISO-8601: 2026-12-01T09:00+09:00; without an offset they are Korean time."
        })
final class EmbargoCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    static final class When {
        @Option(names = "--until", paramLabel = "TIME", description = "Not before this time")
        String until;

        @Option(names = "--clear", description = "Lift the embargo")
        boolean clear;
    }

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor")
    String as;

    EmbargoCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Instant until = when.clear ? null : parse(when.until);
        Person by = session.as(as);
        Desk desk = session.context().desk();
        if (when.clear) {
            Article article = desk.clearEmbargo(id, by);
            err().println(session.messages().get("cli.desk.embargoCleared", id, article.version()));
        } else {
            Article article = desk.embargo(id, until, by);
            err().println(session.messages().get("cli.desk.embargoSet", id, article.embargoUntil(), article.version()));
        }
        return 0;
    }

    /** 2026-12-01T09:00+09:00 as given, or 2026-12-01T09:00 read as Korean time. */
    static Instant parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(NewsroomTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new NewsroomException("cli.badTime", typed);
            }
        }
    }
}
