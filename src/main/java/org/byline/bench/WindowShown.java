package org.byline.bench;

/**
 * How a window started in a child JVM for the startup benchmark says that it is on screen: with
 * the system property set, it prints SHOWN on stdout, which {@link StartupBench} waits for, and ends.
 */
public final class WindowShown {
    /** Set to true in the child JVM: the window reports once shown, then the JVM halts. */
    public static final String EXIT_WHEN_SHOWN = "byline.bench.exitWhenShown";

    private WindowShown() {}

    /** True when this JVM was started by the benchmark to time its window. */
    public static boolean requested() {
        return Boolean.getBoolean(EXIT_WHEN_SHOWN);
    }

    /** Called by a window started for the benchmark once it is on screen. */
    public static void reportAndExit() {
        System.out.println("SHOWN");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
