package org.byline.bench;

import java.io.PrintWriter;
import java.util.List;

/**
 * How the bench times and prints: the median of each side, since one slow run (a GC, the disk
 * cache) would pull a mean, and the ratio of the two, which is what means something on any machine.
 */
final class Figures {
    private Figures() {}

    /** How long {@code r} took, in milliseconds. */
    static double millis(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    /** Prints a measurement beside its baseline, with their medians and their ratio. */
    static void report(
            PrintWriter out,
            String what,
            String baselineName,
            List<Double> baseline,
            String name,
            List<Double> measured) {
        double b = median(baseline);
        double m = median(measured);
        out.printf(
                "%s%n  baseline %-45s median %9.2f ms  (n=%d)%n  %-54s median %9.2f ms  (n=%d)%n  ratio %.2f%n",
                what, baselineName, b, baseline.size(), name, m, measured.size(), m / b);
        out.flush();
    }

    /** The nearest-rank percentile {@code p} (0 to 100) of {@code values}; NaN when there are none. */
    static double percentile(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
