package org.byline.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.newsroom.Joining;
import org.byline.ui.fx.FxTasks;
import org.byline.ui.fx.Theme;
import org.byline.ui.welcome.ProfileDialog;
import org.byline.ui.welcome.WelcomeDialog;

/**
 * Who is writing, settled before the main window opens: the welcome dialog on the first start (no
 * profile yet), the profile choice when the store has several profiles or this one needs a
 * password, else the one who worked here last at once. Cancelling a dialog ends Byline.
 */
final class SignIn {
    /** Who signed in, and the article to reopen for them. */
    record SignedIn(Person profile, Optional<Long> lastArticle, NewsroomSession newsroom) {
        SignedIn(Person profile, Optional<Long> lastArticle) {
            this(profile, lastArticle, null);
        }
    }

    /**
     * Who signed in to the newsroom at the window, and a copy of their password for the window's
     * line to sign in again after the server was away.
     */
    record NewsroomSession(Joining.Member member, char[] password) {}

    private SignIn() {}

    static void ask(OpenedStore store, FxTasks tasks, Consumer<SignedIn> then) {
        Person profile = store.profile();
        if (profile == null) {
            welcome(store.context(), store.messages(), tasks, then);
            return;
        }
        // who is working: asked when the store has several profiles or this one needs a password
        // (in a newsroom everyone's does: it is their login on the server)
        if (store.people().size() > 1 || profile.role() != Role.REPORTER || store.inNewsroom()) {
            chooseProfile(store, tasks, then);
            return;
        }
        then.accept(new SignedIn(profile, store.lastArticle()));
    }

    /** The first start: a name and an e-mail address make the first profile, with sample articles if asked. */
    private static void welcome(Context context, Messages messages, FxTasks tasks, Consumer<SignedIn> then) {
        WelcomeDialog.ask(null, messages, answer -> {
            if (answer.isEmpty()) {
                Platform.exit();
                return;
            }
            WelcomeDialog.Answer a = answer.get();
            tasks.write(
                    () -> {
                        Person person = context.onboarding().welcome(a.name(), a.email(), a.samples());
                        // read here, not on the FX thread
                        return new SignedIn(person, context.workspace().openArticle());
                    },
                    then,
                    e -> {
                        Alert alert = new Alert(Alert.AlertType.ERROR, messages.describe(e));
                        alert.setTitle(messages.get("app.title"));
                        Theme.apply(alert.getDialogPane());
                        alert.showAndWait();
                        Platform.exit();
                    });
        });
    }

    private static void chooseProfile(OpenedStore store, FxTasks tasks, Consumer<SignedIn> then) {
        Context context = store.context();
        Messages messages = store.messages();
        AtomicReference<NewsroomSession> newsroom = new AtomicReference<>();
        ProfileDialog.ask(
                messages,
                store.people(),
                store.profile(),
                store.inNewsroom(),
                (person, password, answer) -> tasks.write(
                        () -> {
                            Person signedIn;
                            if (store.inNewsroom()) {
                                Joining.Member member =
                                        Joining.signIn(store.dataFolder(), store.context(), person.name(), password);
                                newsroom.set(new NewsroomSession(member, password.clone()));
                                signedIn = member.person();
                            } else {
                                signedIn = context.staff().authenticate(person.name(), password);
                            }
                            context.workspace().useProfile(signedIn);
                            return signedIn;
                        },
                        signedIn -> answer.accept(new ProfileDialog.Result(signedIn, null)),
                        e -> answer.accept(new ProfileDialog.Result(null, messages.describe(e)))),
                chosen -> chosen.ifPresentOrElse(
                        person -> then.accept(new SignedIn(person, store.lastArticle(), newsroom.get())),
                        Platform::exit));
    }
}
