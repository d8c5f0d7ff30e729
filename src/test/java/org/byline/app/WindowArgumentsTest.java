package org.byline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {
    @Test
    void theWindowsOwnOptions_openTheWindowDirectly() {
        var options = WindowArguments.parse(new String[] {"--data-dir", "/tmp/뉴스", "--lang=en"}, Map.of(), Locale.KOREA)
                .orElseThrow();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/뉴스"));
        assertThat(options.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(WindowArguments.parse(new String[0], Map.of("BYLINE_DATA_DIR", "/srv/byline"), Locale.KOREA)
                        .orElseThrow()
                        .dataDirectory())
                .isEqualTo(Path.of("/srv/byline"));
    }

    @Test
    void commandsHelpAndMistakes_goToTheCommandLine() {
        assertThat(WindowArguments.parse(new String[] {"list"}, Map.of(), Locale.KOREA))
                .isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--help"}, Map.of(), Locale.KOREA))
                .isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--data-dir"}, Map.of(), Locale.KOREA))
                .isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--lang", "fr"}, Map.of(), Locale.KOREA))
                .isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--data-dir", "/x", "show", "1"}, Map.of(), Locale.KOREA))
                .isEmpty();
    }
}
