package org.byline.newsroom;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.byline.domain.NewsroomException;

/**
 * Where Byline keeps its store: {@code --data-dir}, else BYLINE_DATA_DIR, else the per-user
 * application data folder of the operating system.
 */
public final class DataDirectory {
    public static final String ENV = "BYLINE_DATA_DIR";

    private DataDirectory() {}

    /**
     * @throws NewsroomException when the option or the variable is given but empty: an empty path
     *         is the current folder, and a store made there by a typo is one nobody finds again
     */
    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            if (option.toString().isBlank()) {
                throw new NewsroomException("error.dataDirBlank", "--data-dir");
            }
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null) {
            if (fromEnv.isBlank()) {
                throw new NewsroomException("error.dataDirBlank", ENV);
            }
            return Path.of(fromEnv).toAbsolutePath();
        }
        return perUser(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path perUser(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Byline");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Byline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("byline");
    }
}
