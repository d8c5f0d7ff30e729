package org.byline.app;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit beside the store opening: the toolkit starts on its own thread while
 * the store opens (and migrates) on the caller's, and the window is built on the FX thread once
 * both are done.
 */
final class ToolkitStart {
    private static final Logger LOG = Logger.getLogger("org.byline.app");

    private ToolkitStart() {}

    /**
     * Runs {@code meanwhile} on this thread while the toolkit starts, then {@code onFxThread} on the
     * FX thread after both; returns once {@code meanwhile} is done.
     *
     * @throws DisplayCheck.WindowUnavailable when the toolkit does not start (no display, no GTK);
     *     {@code meanwhile} has not run then, so the store is left alone
     */
    static void overlapping(Runnable meanwhile, Runnable onFxThread) {
        warmUpWebKit();
        CountDownLatch storeReady = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                // between the welcome (or sign-in) dialog closing and the main window opening no window
                // is showing; JavaFX's implicit exit would end Byline right there. It ends when the
                // main window closes instead (shutdown), or when a dialog is cancelled.
                Platform.setImplicitExit(false);
                DesktopName.claim();
                awaitUninterruptibly(storeReady);
                onFxThread.run();
            });
        } catch (RuntimeException | LinkageError e) {
            // no display, no GTK: nothing was opened yet, and the store is left alone
            LOG.log(Level.FINE, "the toolkit did not start", e);
            throw new DisplayCheck.WindowUnavailable(DisplayCheck.toolkitFailed(e), e);
        }
        try {
            meanwhile.run();
        } finally {
            storeReady.countDown();
        }
    }

    /**
     * WebKit's first WebView costs well over a second, most of it loading and initialising the
     * engine's native library. That part does not need the FX thread: start it now, beside the
     * store opening and the toolkit starting, so the preview is cheap when the window is built.
     */
    private static void warmUpWebKit() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        Class.forName("com.sun.webkit.WebPage", true, ToolkitStart.class.getClassLoader());
                    } catch (Throwable ignored) {
                        // only a head start: the WebView initialises WebKit itself when this fails
                    }
                },
                "byline-webkit-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
