package org.byline.soak;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.byline.app.BylineApp;

/**
 * A Byline window for {@link WindowKillSoak} to kill: starts the real window (headless) on a data
 * directory, says what it reopened, then types words into the body as key events, one key every
 * few milliseconds without ever pausing, printing each word once its last key went in.
 *
 * <p>Prints {@code OPEN bodyLength modalWindows headline}, then {@code TYPED word} lines, until killed.
 */
public final class TypingChild {
    private TypingChild() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        BylineApp app = new BylineApp(new BylineApp.Options(dir, Locale.KOREAN));
        app.init();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            app.start(new Stage());
            shown.countDown();
        });
        shown.await();
        // the reopened article's text arrives from the writer thread a moment after the window shows
        long waitUntil = System.currentTimeMillis() + 10_000;
        while (onFx(() -> body().getText().isEmpty()) && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(20);
        }
        long modal = onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getModality() != Modality.NONE)
                .count());
        String headline = onFx(() -> ((TextInputControl) body().getScene().lookup("#headline")).getText());
        System.out.println(
                "OPEN " + onFx(() -> body().getText().length()) + " " + modal + " " + headline.replace(' ', '_'));
        System.out.flush();
        onFx(() -> {
            body().requestFocus();
            body().end();
            return null;
        });
        for (int n = 0; ; n++) {
            String word = " " + prefix + "w" + n;
            for (char key : word.toCharArray()) {
                onFx(() -> {
                    TextArea body = body();
                    Event.fireEvent(
                            body,
                            new KeyEvent(
                                    KeyEvent.KEY_TYPED,
                                    String.valueOf(key),
                                    "",
                                    KeyCode.UNDEFINED,
                                    false,
                                    false,
                                    false,
                                    false));
                    return null;
                });
                Thread.sleep(15); // a fast typist: about 60 keys a second, never a pause
            }
            System.out.println("TYPED " + word.strip());
            System.out.flush();
        }
    }

    private static TextArea body() {
        return (TextArea) Window.getWindows().stream()
                .map(w -> w.getScene().lookup("#body"))
                .filter(n -> n != null)
                .findFirst()
                .orElseThrow();
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
