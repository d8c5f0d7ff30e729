package org.byline.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The typing benchmark watches a live window from the bench's own thread: every look at a node
 * goes through the JavaFX thread, and a wait polls rather than listens, as a reporter's eye does.
 */
final class FxThread {
    private FxThread() {}

    /** The node of this id in any open window, once there is one (a window builds its scene late). */
    static Node lookup(String id) throws InterruptedException {
        Node[] found = new Node[1];
        waitFor(() -> onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup(id) != null) {
                    found[0] = w.getScene().lookup(id);
                    return true;
                }
            }
            return false;
        }));
        return found[0];
    }

    /** Runs {@code work} on the JavaFX thread and returns its answer. */
    static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.join();
    }

    /** Polls every 2 ms, so the time of a keystroke is not rounded up by the wait; gives up after 30 s. */
    static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
