package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk chooses the manuscript sheet and each section's length target. */
class ManuscriptSettingsTest {
    @TempDir
    Path dir;

    private Context context;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewStore_countsOn200CharacterSheets_withoutTargets() {
        assertThat(context.preview().manuscript().sheetSize()).isEqualTo(200);
        assertThat(context.preview().manuscript().target("정치")).isZero();
        assertThat(context.settings().values()).contains(entry("manuscript.sheet", "200"));
        assertThat(context.settings().keys())
                .contains("manuscript.sheet", "manuscript.target.정치", "manuscript.target.포토");
    }

    @Test
    void a150CharacterSheet_countsMoreSheetsForTheSameBody() {
        String body = "가".repeat(300);
        assertThat(context.preview().counts(body).manuscriptSheets()).isEqualTo(1.6);

        context.settings().set("manuscript.sheet", "150", null);

        assertThat(context.preview().counts(body).manuscriptSheets()).isEqualTo(2.1);
        assertThat(context.preview().counts(body).sheetSize()).isEqualTo(150);
        // the setting survives a restart
        context.close();
        context = new Context(dir, Locale.KOREAN);
        assertThat(context.preview().manuscript().sheetSize()).isEqualTo(150);
    }

    @Test
    void sectionTargets_areKeptPerSection_andRemovedWithAnEmptyValue() {
        context.settings().set("manuscript.target.정치", "8", null);
        context.settings().set("manuscript.target.포토", " 2 ", null);

        assertThat(context.preview().manuscript().target("정치")).isEqualTo(8);
        assertThat(context.preview().manuscript().target("포토")).isEqualTo(2);
        assertThat(context.preview().manuscript().target("경제")).isZero();
        assertThat(context.settings().values()).contains(entry("manuscript.target.정치", "8"));

        context.settings().set("manuscript.target.정치", "", null);
        assertThat(context.preview().manuscript().target("정치")).isZero();
        assertThat(context.settings().values()).doesNotContainKey("manuscript.target.정치");
    }

    @Test
    void badValues_areRefusedWithTheReason_andChangeNothing() {
        context.settings().set("manuscript.target.정치", "8", null);

        assertThatThrownBy(() -> context.settings().set("manuscript.sheet", "300", null))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.badSheetSize");
        assertThatThrownBy(() -> context.settings().set("manuscript.target.정치", "8매", null))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.badTarget");
        assertThatThrownBy(() -> context.settings().set("manuscript.target.정치", "0", null))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.badTarget");
        assertThatThrownBy(() -> context.settings().set("manuscript.target.연예", "5", null))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.noSectionForTarget")
                .hasMessageContaining("정치, 경제, 사회, 문화, 포토");

        assertThat(context.preview().manuscript().sheetSize()).isEqualTo(200);
        assertThat(context.preview().manuscript().target("정치")).isEqualTo(8);
    }
}
