package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hangul as an input method composes it: each syllable is shown while it is being composed
 * (ㅎ, 하, 한) and then committed. These are the events the toolkit gets from the IME; the test
 * fires them at the real fields while autosave and the preview run, and checks that no syllable
 * is lost or doubled, on screen, in the store and in the preview.
 */
class HangulInputTest {
    @TempDir
    Path dir;

    /** One composition: the jamo-by-jamo states of each syllable, then the syllable committed. */
    private static void compose(RunningByline byline, String field, String... syllables) throws Exception {
        TextInputControl target = byline.node(field);
        for (String syllable : syllables) {
            for (String state : states(syllable)) {
                fire(target, state, "");
            }
            fire(target, "", syllable);
        }
    }

    /** 한 is composed as ㅎ, 하, 한; other syllables show their first jamo, then themselves. */
    private static List<String> states(String syllable) {
        return switch (syllable) {
            case "한" -> List.of("ㅎ", "하", "한");
            case "글" -> List.of("ㄱ", "그", "글");
            case "입" -> List.of("ㅇ", "이", "입");
            case "력" -> List.of("ㄹ", "려", "력");
            default -> List.of(syllable);
        };
    }

    private static void fire(TextInputControl target, String composed, String committed) throws Exception {
        List<InputMethodTextRun> runs = composed.isEmpty()
                ? List.of()
                : List.of(new InputMethodTextRun(composed, InputMethodHighlight.SELECTED_RAW));
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(
                        target,
                        new InputMethodEvent(
                                InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, committed, composed.length())))
                .get();
        // slower than a typist: autosave (0.6 s) and the preview (0.2 s) run in the middle of compositions
        Thread.sleep(90);
    }

    @Test
    void composedSyllables_areNeitherLostNorDoubled_whileAutosaveAndThePreviewRun() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.click("#headline");
            compose(byline, "#headline", "한", "글", " ", "입", "력");
            byline.click("#body");
            for (int i = 0; i < 3; i++) {
                compose(byline, "#body", "한", "글", "입", "력", " ");
            }

            assertThat(byline.editor().headline()).isEqualTo("한글 입력");
            assertThat(byline.editor().body()).isEqualTo("한글입력 한글입력 한글입력 ");
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
            waitUntil(() -> "한글 입력".equals(byline.preview().text("headline")));
            assertThat(byline.preview().text("body"))
                    .contains("한글입력 한글입력 한글입력")
                    .doesNotContain("ㅎ")
                    .doesNotContain("한한");

            // undo takes back the last word whole: never a half-composed syllable
            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(byline.editor().body()).isEqualTo("한글입력 한글입력 ");
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            long id = c.search().find("한글").get(0).id();
            assertThat(c.drafting().open(id).content().body()).isEqualTo("한글입력 한글입력 ");
            assertThat(c.drafting().open(id).content().headline()).isEqualTo("한글 입력");
        }
    }

    @Test
    void syllableBySyllableTyping_reachesTheStoreExactly() throws Exception {
        String text = "영등포구청장이 27일 골목시장을 찾아 “상인들 목소리를 듣겠다”고 말했다.";
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("음절 입력");
            byline.click("#body");
            for (int i = 0; i < text.length(); i++) {
                byline.robot.write(text.charAt(i));
                if (i % 9 == 0) {
                    Thread.sleep(650); // let an autosave land between two syllables
                }
            }
            assertThat(byline.editor().body()).isEqualTo(text);
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            long id = c.search().find("음절").get(0).id();
            assertThat(c.drafting().open(id).content().body()).isEqualTo(text);
        }
    }
}
