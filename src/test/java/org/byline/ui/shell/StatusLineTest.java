package org.byline.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;
import org.byline.i18n.Messages;
import org.byline.ui.editor.SaveState;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    @Test
    void theSaveTime_isTheNewsroomsTime_asInTheQueueAndOnThePage_whateverTheWorkstationsZone() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York")); // a correspondent's laptop
        try {
            String shown = StatusLine.saveState(
                    SaveState.saved(Instant.parse("2026-11-27T02:03:18Z")), new Messages(Locale.KOREAN));
            assertThat(shown).isEqualTo("저장됨 11:03:18");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
