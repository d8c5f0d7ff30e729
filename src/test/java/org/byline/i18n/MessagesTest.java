package org.byline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void theQueueCount_isSaidInEachLanguage_withTheRightPlural() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages ko = new Messages(Locale.KOREAN);

        assertThat(en.get("queue.count", "0", 0)).isEqualTo("no articles");
        assertThat(en.get("queue.count", "1", 1)).isEqualTo("1 article");
        assertThat(en.get("queue.count", "20,001", 20001)).isEqualTo("20,001 articles");
        assertThat(ko.get("queue.count", "20,001", 20001)).isEqualTo("20,001건");
    }

    @Test
    void idsAndVersions_areShownAsTyped_withoutGrouping() {
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.get("cli.saved", 12345L, 3L)).contains("12345").doesNotContain("12,345");
    }

    @Test
    void aMessageWithoutValues_isShownAsWritten_soItsApostrophesAreSingle() {
        // a pattern with no values is not run through MessageFormat: '' there would show as two
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.get("error.newsroom.outboxOnServer"))
                .contains("workstation's")
                .doesNotContain("''");
        assertThat(en.get("settings.newsroom.note")).contains("server's").doesNotContain("''");
    }
}
