package org.byline.soak;

/**
 * What the soaks share: how many times to repeat a fault. {@code mvn verify -Psoak} runs each at
 * full length; {@code -Dsoak.scale=0.1} a short version (CI, a quick look).
 */
public final class Soak {
    private Soak() {}

    /** {@code full} scaled by {@code soak.scale}, at least 1. */
    public static int times(int full) {
        double scale = Double.parseDouble(System.getProperty("soak.scale", "1"));
        return Math.max(1, (int) Math.round(full * scale));
    }

    /** One line of figures, easy to find in the build's output. */
    public static void report(String soak, String figures) {
        System.out.println("SOAK " + soak + ": " + figures);
    }
}
