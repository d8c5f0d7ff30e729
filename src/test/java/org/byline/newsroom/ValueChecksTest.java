package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.byline.app.Context;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks the settings window asks as one types are the very rules that refuse a value when
 * it is saved: the same refusal, the same reason, and nothing changed by asking.
 */
class ValueChecksTest {
    @TempDir
    Path dir;

    @Test
    void eachCheck_refusesWhatSavingRefuses_withTheSameReason_andChangesNothing() {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            Map<String, String> before = c.settings().values();
            for (String[] bad : new String[][] {
                {"outlet.site", "www.hanbit.kr", "error.badSiteAddress"},
                {"photos.maxMegabytes", "80MB", "error.settingNotPositive"},
                {"manuscript.sheet", "300", "error.badSheetSize"},
                {"manuscript.target.사회", "1000", "error.badTarget"},
            }) {
                assertThatThrownBy(() -> c.settings().check(bad[0], bad[1]))
                        .isInstanceOf(NewsroomException.class)
                        .extracting(e -> ((NewsroomException) e).key())
                        .isEqualTo(bad[2]);
                assertThatThrownBy(() -> c.settings().set(bad[0], bad[1], null))
                        .extracting(e -> ((NewsroomException) e).key())
                        .isEqualTo(bad[2]);
            }
            for (String[] good : new String[][] {
                {"outlet.site", "https://www.hanbit.kr"},
                {"outlet.site", ""},
                {"photos.maxMegabytes", "80"},
                {"manuscript.sheet", "150"},
                {"manuscript.target.사회", "8"},
            }) {
                assertThatCode(() -> c.settings().check(good[0], good[1])).doesNotThrowAnyException();
            }
            // as one types, only the value is checked (the field exists because its section does);
            // the store is asked when the form is saved
            assertThatCode(() -> c.settings().check("manuscript.target.연예", "8"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> c.settings().set("manuscript.target.연예", "8", null))
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("error.noSectionForTarget");
            assertThatThrownBy(() -> Staff.checkEmail("park@tvseoul"))
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("people.badEmail");
            assertThatCode(() -> Staff.checkEmail("")).doesNotThrowAnyException();
            assertThatThrownBy(() -> Staff.checkName("홍\u200B길동"))
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("people.invisibleInName");
            assertThatThrownBy(() -> Sites.checkedUrl("http://example.com"))
                    .extracting(e -> ((NewsroomException) e).key())
                    .isEqualTo("push.httpsRequired");
            // asking changed nothing
            assertThat(c.settings().values()).containsEntry("outlet.site", before.get("outlet.site"));
            assertThat(c.settings().values()).isEqualTo(before);
        }
    }
}
