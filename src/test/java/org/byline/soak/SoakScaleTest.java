package org.byline.soak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("soak")
class SoakScaleTest {
    @Test
    void scaleComesFromTheBuild() {
        assertThat(Soak.times(200)).isPositive();
        Soak.report("scale", "soak.scale=" + System.getProperty("soak.scale") + ", 200 cycles become " + Soak.times(200));
    }
}
