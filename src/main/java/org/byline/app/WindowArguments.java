package org.byline.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;
import org.byline.newsroom.DataDirectory;

/**
 * Recognises a start of the window ({@code byline}, {@code byline --data-dir D --lang ko}) without
 * building the whole command line, which costs a noticeable part of a second. Anything else (a
 * command, help, an unknown or malformed option) is left to picocli, which also reports errors.
 */
final class WindowArguments {
    private WindowArguments() {}

    static Optional<BylineApp.Options> parse(String[] args, Map<String, String> env, Locale system) {
        Path dataDir = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            switch (name) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--lang" -> {
                    if (!value.equals("ko") && !value.equals("en")) {
                        return Optional.empty();
                    }
                    lang = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(new BylineApp.Options(
                    DataDirectory.resolve(dataDir, env), Messages.choose(lang, system), lang != null));
        } catch (NewsroomException e) {
            return Optional.empty(); // an empty data directory: the command line names the problem
        }
    }
}
