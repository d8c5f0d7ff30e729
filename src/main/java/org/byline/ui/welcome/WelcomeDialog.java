package org.byline.ui.welcome;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Theme;

/** First start on an empty store: who is writing, and whether to add the two sample articles. */
public final class WelcomeDialog {
    /** What the person typed. */
    public record Answer(String name, String email, boolean samples) {}

    private WelcomeDialog() {}

    /** Shows the dialog and hands the answer (empty when cancelled) to {@code then}; does not block. */
    public static Dialog<Answer> ask(Window owner, Messages m, Consumer<Optional<Answer>> then) {
        Dialog<Answer> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("app.title") + " - " + m.get("welcome.title"));
        dialog.setHeaderText(m.get("welcome.header"));
        ButtonType start = new ButtonType(m.get("welcome.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("welcome.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, cancel);
        Theme.apply(dialog.getDialogPane());

        TextField name = new TextField();
        name.setId("welcomeName");
        name.setPromptText(m.get("welcome.name.prompt"));
        TextField email = new TextField();
        email.setId("welcomeEmail");
        email.setPromptText("hong@example.com");
        CheckBox samples = new CheckBox(m.get("welcome.samples"));
        samples.setId("welcomeSamples");
        samples.setSelected(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(m.get("welcome.name")), name);
        grid.addRow(1, new Label(m.get("welcome.email")), email);
        grid.add(samples, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(start).setId("welcomeStart");
        dialog.getDialogPane()
                .lookupButton(start)
                .disableProperty()
                .bind(name.textProperty().isEmpty());
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(b ->
                b == start ? new Answer(name.getText().strip(), email.getText().strip(), samples.isSelected()) : null);
        // after the key or click that closed the dialog is fully handled: GTK's glass crashes
        // (SIGSEGV in process_key) when Enter closes a window and opens another in one event
        dialog.setOnHidden(e -> Platform.runLater(() -> then.accept(Optional.ofNullable(dialog.getResult()))));
        dialog.show();
        return dialog;
    }
}
