package org.byline.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The benchmark's baseline: a JVM that shows one empty JavaFX window, says so, and exits. */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.setOnShown(e -> WindowShown.reportAndExit());
            stage.show();
        });
    }
}
