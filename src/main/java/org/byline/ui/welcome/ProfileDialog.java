package org.byline.ui.welcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.ui.fx.NamedCell;
import org.byline.ui.fx.Theme;

/**
 * "Who is working?" at start: the profiles of this store, the last one chosen first; desk and
 * admin profiles give their password. A wrong password keeps the dialog open and says so.
 */
public final class ProfileDialog {
    private ProfileDialog() {}

    /** Checks a choice off the FX thread (PBKDF2 takes a while) and answers on it. */
    public interface SignIn {
        void check(Person person, char[] password, Consumer<Result> answer);
    }

    /**
     * @param signIn checks a choice: the signed-in person, or the message to show
     * @param then   the person who signed in, or empty when the dialog was cancelled
     */
    public static void ask(
            Messages m, List<Person> people, Person preselected, SignIn signIn, Consumer<Optional<Person>> then) {
        ask(m, people, preselected, false, signIn, then);
    }

    /**
     * @param everyoneHasPassword true in a newsroom, where a reporter's password is their login on
     *                            the server too
     */
    public static void ask(
            Messages m,
            List<Person> people,
            Person preselected,
            boolean everyoneHasPassword,
            SignIn signIn,
            Consumer<Optional<Person>> then) {
        Dialog<Person> dialog = new Dialog<>();
        dialog.setTitle(m.get("app.title") + " - " + m.get("profile.title"));
        dialog.setHeaderText(m.get(everyoneHasPassword ? "profile.header.newsroom" : "profile.header"));
        ButtonType start = new ButtonType(m.get("welcome.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(start, new ButtonType(m.get("welcome.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.apply(dialog.getDialogPane());

        ComboBox<Person> who = new ComboBox<>();
        who.setId("profileChoice");
        who.getItems().setAll(people);
        who.setCellFactory(l -> new NamedCell<>(p -> p.name() + " (" + m.role(p.role()) + ")"));
        who.setButtonCell(new NamedCell<>(p -> p.name() + " (" + m.role(p.role()) + ")"));
        who.setValue(preselected != null ? preselected : people.get(0));
        PasswordField password = new PasswordField();
        password.setId("profilePassword");
        Label passwordLabel = new Label(m.get("profile.password"));
        Label problem = new Label();
        problem.setId("profileProblem");
        problem.getStyleClass().add("problem");
        // a server's refusal is a sentence or two: shown whole, never cut off
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Runnable showPassword = () -> {
            boolean needs = who.getValue() != null
                    && (everyoneHasPassword || who.getValue().role() != Role.REPORTER);
            password.setVisible(needs);
            passwordLabel.setVisible(needs);
            password.clear();
            problem.setText("");
        };
        who.valueProperty().addListener((o, a, b) -> showPassword.run());
        showPassword.run();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(m.get("profile.who")), who);
        grid.addRow(1, passwordLabel, password);
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(start).setId("profileStart");
        Person[] signedIn = new Person[1];
        Node startButton = dialog.getDialogPane().lookupButton(start);
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (signedIn[0] != null) {
                return; // the check passed: this is the dialog closing
            }
            e.consume();
            char[] typed = password.getText().toCharArray();
            startButton.setDisable(true);
            signIn.check(who.getValue(), typed, result -> {
                Arrays.fill(typed, '\0');
                startButton.setDisable(false);
                if (result.person() == null) {
                    problem.setText(result.problem());
                    password.clear();
                } else {
                    signedIn[0] = result.person();
                    ((Button) startButton).fire();
                }
            });
        });
        dialog.setResultConverter(b -> b == start ? signedIn[0] : null);
        dialog.setOnShown(e -> (password.isVisible() ? password : who).requestFocus());
        // after the key or click that closed the dialog is fully handled: GTK's glass crashes
        // (SIGSEGV in process_key) when Enter closes a window and opens another in one event
        dialog.setOnHidden(e -> Platform.runLater(() -> then.accept(Optional.ofNullable(dialog.getResult()))));
        dialog.show();
    }

    /** The outcome of a sign-in: the person, or why not. */
    public record Result(Person person, String problem) {}
}
