package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedStore_isNamedAtStart_andTheNewestBackupBringsTheArticlesBack() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            var a = c.drafting()
                    .create(
                            new ArticleContent("백업된 기사", "", "사회", List.of(), "본문"),
                            c.staff().named("홍길동"));
            c.workspace().rememberOpenArticle(a.id());
            c.backups().backUp(null);
        }
        // a disk fault: the first pages of the store are overwritten
        byte[] store = Files.readAllBytes(dir.resolve("byline.db"));
        Arrays.fill(store, 0, Math.min(store.length, 8192), (byte) 0x5A);
        Files.write(dir.resolve("byline.db"), store);
        Files.deleteIfExists(dir.resolve("byline.db-wal"));

        try (RunningByline byline = RunningByline.open(dir)) {
            waitUntil(() -> byline.robot.lookup("#startupProblem").tryQuery().isPresent());
            DialogPane pane = byline.node("#startupProblem");
            assertThat(pane.getContentText()).contains("손상").contains("byline-backup-");
            byline.click("#restoreBackup");
            waitUntil(() -> byline.robot.lookup("#headline").tryQuery().isPresent());
            waitUntil(() -> "백업된 기사".equals(byline.editor().headline()));
        }
    }
}
