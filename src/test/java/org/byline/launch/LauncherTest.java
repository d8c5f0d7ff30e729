package org.byline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An old Java is told in one line that Byline needs 17, in the system's language. */
class LauncherTest {
    @Test
    void java8And11_areToldWhatToInstall_17AndNewerRun() {
        assertThat(Launcher.problem("1.8", Locale.KOREAN)).contains("Java 17 이상", "Java는 8입니다", "openjdk-17-jre");
        assertThat(Launcher.problem("11", Locale.ENGLISH))
                .startsWith("Byline runs on Java 17 or newer; this computer's Java is 11.");
        assertThat(Launcher.problem("17", Locale.KOREAN)).isNull();
        assertThat(Launcher.problem("25", Locale.ENGLISH)).isNull();
        assertThat(Launcher.problem("", Locale.ENGLISH)).contains("Java 17");
    }

    @Test
    void theLauncherItselfLoadsOnJava8() throws Exception {
        try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class")) {
            byte[] head = in.readNBytes(8);
            int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
            assertThat(major).as("class file version (52 is Java 8)").isEqualTo(52);
        }
    }
}
