package org.byline.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.byline.app.BylineApp;

/**
 * A Byline process for CrashRecoveryTest to kill: opens the real window (headless), types into
 * it through the controls, prints SAVED once the status bar says the text is in the store, then
 * keeps typing until it is killed.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        BylineApp app = new BylineApp(new BylineApp.Options(dir, Locale.KOREAN));
        app.init();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            app.start(new Stage());
            shown.countDown();
        });
        shown.await();
        Thread.sleep(500);
        onFx(() -> field("#headline").setText("정전에도 살아남은 기사"));
        onFx(() -> field("#body").setText("첫 문단은 저장된 뒤에 프로세스가 죽는다."));
        while (!onFx(() -> ((Label) lookup("#saveState")).getText()).startsWith("저장됨")) {
            Thread.sleep(50);
        }
        System.out.println("SAVED");
        System.out.flush();
        for (int i = 0; ; i++) {
            int n = i;
            onFx(() -> field("#body").appendText(" " + n));
            Thread.sleep(20);
        }
    }

    private static TextInputControl field(String id) {
        return (TextInputControl) lookup(id);
    }

    private static Node lookup(String id) {
        return Window.getWindows().stream()
                .map(w -> w.getScene().lookup(id))
                .filter(n -> n != null)
                .findFirst()
                .orElseThrow();
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            result.set(work.get());
            done.countDown();
        });
        done.await();
        return result.get();
    }

    private static void onFx(Runnable work) throws InterruptedException {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
