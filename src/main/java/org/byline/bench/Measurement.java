package org.byline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;

/** One thing {@code byline bench} times, printed with the baseline it is held against. */
interface Measurement {
    /**
     * Measures in {@code dir} (an empty directory of its own, made as needed) and prints the
     * figures to {@code out}.
     */
    void measure(Path dir, PrintWriter out) throws Exception;
}
