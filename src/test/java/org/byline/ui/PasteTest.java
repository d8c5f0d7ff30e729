package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class PasteTest {
    @TempDir
    Path dir;

    @Test
    void pastingAWordDocument_givesCleanParagraphs_andAPastedHeadlineStaysOneLine() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            clipboard("""
                    <p class=MsoNormal><span style='color:red;font-family:"맑은 고딕"'>첫 문단이다.<o:p></o:p></span></p>
                    <p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><b>“둘째 문단”</b>이다.\u200b</p>""", "첫 문단이다.\n\n“둘째 문단”이다.");
            byline.click("#body");
            byline.robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
            waitUntil(() -> "첫 문단이다.\n\n“둘째 문단”이다.".equals(byline.editor().body()));
            waitUntil(() -> byline.preview().text("body").contains("“둘째 문단”이다."));

            clipboard(null, "구청장\n기자회견");
            byline.click("#headline");
            byline.robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
            waitUntil(() -> "구청장 기자회견".equals(byline.editor().headline()));
        }
    }

    private static void clipboard(String html, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    ClipboardContent content = new ClipboardContent();
                    if (html != null) {
                        content.putHtml(html);
                    }
                    content.putString(text);
                    Clipboard.getSystemClipboard().setContent(content);
                })
                .get();
    }
}
