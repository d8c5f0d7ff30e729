package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import javafx.scene.control.ComboBox;
import org.byline.domain.Person;
import org.testfx.util.WaitForAsyncUtils;

/** Who is writing: the welcome on an empty store, or the choice of profile (with a password for the desk). */
final class SignInPage {
    private final RunningByline byline;

    SignInPage(RunningByline byline) {
        this.byline = byline;
    }

    /** Signs in as {@code name}, a reporter without a password. */
    void as(String name) throws Exception {
        as(name, null);
    }

    /** Chooses {@code name} and starts; {@code password} is typed when not null (desk and admin profiles). */
    void as(String name, String password) throws Exception {
        waitUntil(() -> byline.robot.lookup("#profileChoice").tryQuery().isPresent());
        ComboBox<Person> who = byline.node("#profileChoice");
        WaitForAsyncUtils.asyncFx(() -> who.getItems().stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .ifPresent(who::setValue))
                .get();
        if (password != null) {
            byline.robot.clickOn("#profilePassword").write(password);
        }
        byline.click("#profileStart");
    }

    /** Starts as whoever the profile choice offers first (the last one used). */
    void asOffered() throws Exception {
        waitUntil(() -> byline.robot.lookup("#profileChoice").tryQuery().isPresent());
        byline.click("#profileStart");
    }

    /** The first start on an empty store: who is writing. */
    void welcome(String name, String email) throws Exception {
        waitUntil(() -> byline.robot.lookup("#welcomeName").tryQuery().isPresent());
        byline.robot.clickOn("#welcomeName").write(name);
        byline.robot.clickOn("#welcomeEmail").write(email);
        byline.robot.clickOn("#welcomeStart");
    }

    /** What the profile dialog says is wrong (a wrong password), or "" while it says nothing. */
    String problem() {
        return byline.robot.lookup("#profileProblem").tryQuery().isPresent() ? byline.text("#profileProblem") : "";
    }

    /** Types the password again and starts, after a refusal. */
    void retryWith(String password) throws Exception {
        byline.robot.clickOn("#profilePassword").write(password);
        byline.click("#profileStart");
    }
}
