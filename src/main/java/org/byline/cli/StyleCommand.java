package org.byline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.byline.domain.NewsroomException;
import org.byline.newsroom.StyleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "style",
        description = {
            "Print the house style rules (교열) in use, as JSON: the newsroom's on a workstation that joined one,",
            "else the data directory's style-rules.json. `style set` replaces them."
        },
        subcommands = {StyleCommand.Set.class})
final class StyleCommand extends SessionCommand {
    StyleCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        out().println(session.context().style().rules().strip());
        return 0;
    }

    @Command(
            name = "set",
            description = {
                "Replace the house style rules with FILE's (the JSON `byline style` prints), as an admin.",
                "On a workstation that joined a newsroom they become the newsroom's, for every workstation."
            })
    static final class Set extends SessionCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--as", paramLabel = "ADMIN", description = "The admin, once the store has one")
        String as;

        Set(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NewsroomException("error.styleRulesFile", e, file, e.getMessage());
            }
            StyleCheck style = session.context().style();
            int rules = style.setRules(json, file.toString(), session.asIfNamed(as));
            err().println(session.messages().get("cli.style.set", rules));
            return 0;
        }
    }
}
