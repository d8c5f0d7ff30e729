package org.byline.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why the window cannot open here, said in one line before JavaFX says it in thirty: no display
 * (a server, an SSH session), or no GTK 3 (a minimal system). The command line works either way,
 * and the line says so.
 */
final class DisplayCheck {
    private DisplayCheck() {}

    /**
     * The message key for a display that is plainly missing, before anything starts: on Linux and
     * the other X11 systems, neither DISPLAY nor WAYLAND_DISPLAY is set. Windows and macOS always
     * have their desktop; a glass platform chosen by hand (Monocle, headless) needs none.
     */
    static Optional<String> beforeStart(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (glassPlatform != null || os.contains("win") || os.contains("mac")) {
            return Optional.empty();
        }
        boolean x11 = !env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11 || wayland ? Optional.empty() : Optional.of("window.noDisplay");
    }

    /** The message key for the toolkit's own refusal to start (the display could not be opened, GTK is missing). */
    static String toolkitFailed(Throwable failure) {
        String said = String.valueOf(failure.getMessage());
        if (said.contains("DISPLAY")) {
            return "window.noDisplay";
        }
        if (said.contains("GTK") || failure instanceof UnsatisfiedLinkError) {
            return "window.noGtk";
        }
        return "window.noToolkit";
    }

    /** The toolkit could not start: Main says why in one line and exits 1. */
    static final class WindowUnavailable extends RuntimeException {
        private final String key;

        WindowUnavailable(String key, Throwable cause) {
            super(key, cause);
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
