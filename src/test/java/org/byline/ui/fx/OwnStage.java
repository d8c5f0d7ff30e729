package org.byline.ui.fx;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One view shown in a stage of its own, for tests that need no whole window. Never the primary
 * stage: the whole-window tests open Byline there, and a size given to it here would follow them.
 */
public final class OwnStage {
    private OwnStage() {}

    /** Shows the view {@code view} makes (on the FX thread) in a new stage of this size. */
    public static Stage show(Supplier<Parent> view, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the toolkit once
        return WaitForAsyncUtils.asyncFx(() -> {
                    Stage own = new Stage();
                    own.setScene(new Scene(view.get(), width, height));
                    own.show();
                    return own;
                })
                .get();
    }

    public static void close(Stage stage) throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }
}
