package org.byline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.byline.i18n.Messages;
import org.byline.newsroom.DataDirectory;
import picocli.CommandLine.Option;

/**
 * Options every command takes, before or after its name. One instance is shared by all commands
 * of a run (see {@link Cli}), so {@code byline --data-dir X list} and {@code byline list --data-dir X}
 * mean the same.
 */
public final class GlobalOptions {
    public enum Language {
        ko,
        en
    }

    private Path dataDir;
    private Language lang;
    private boolean debug;
    private final Map<String, String> env;
    private final Locale systemLocale;

    public GlobalOptions(Map<String, String> env, Locale systemLocale) {
        this.env = env;
        this.systemLocale = systemLocale;
    }

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory (default: BYLINE_DATA_DIR or the per-user folder)")
    void setDataDir(Path dir) {
        this.dataDir = dir;
    }

    @Option(
            names = "--lang",
            paramLabel = "ko|en",
            description = "Language of messages and the window: ${COMPLETION-CANDIDATES}")
    void setLang(Language language) {
        this.lang = language;
    }

    @Option(names = "--debug", description = "Print stack traces of failures")
    void setDebug(boolean value) {
        this.debug = value;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean debug() {
        return debug;
    }

    public Map<String, String> env() {
        return env;
    }

    /** The data directory these options point to: --data-dir, BYLINE_DATA_DIR or the per-user folder. */
    public Path dataDirectory() {
        return DataDirectory.resolve(dataDir, env);
    }

    /** True when --lang was given on the command line. */
    public boolean languageGiven() {
        return lang != null;
    }

    public Locale locale() {
        return Messages.choose(lang == null ? null : lang.name(), systemLocale);
    }

    /** Builds whatever the run needs from the data directory option and the locale. */
    public <T> T build(BiFunction<Path, Locale, T> factory) {
        return factory.apply(dataDir, locale());
    }
}
