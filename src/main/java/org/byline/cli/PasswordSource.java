package org.byline.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;

/**
 * Where the command line gets passwords: an environment variable for scripts (BYLINE_PASSWORD for
 * the profile a command acts as, BYLINE_NEW_PASSWORD for a profile being added), else a prompt on
 * the terminal that does not echo. With neither, the command is refused with a message naming both.
 */
final class PasswordSource {
    static final String PASSWORD = "BYLINE_PASSWORD";
    static final String NEW_PASSWORD = "BYLINE_NEW_PASSWORD";

    private final Map<String, String> env;
    private final Messages messages;

    PasswordSource(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    /** The password of {@code person}, who is about to act. */
    char[] of(Person person) {
        String given = env.get(PASSWORD);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new NewsroomException("cli.passwordNeeded", person.name(), person.role());
        }
        char[] typed = console.readPassword("%s", messages.get("cli.passwordPrompt", person.name()));
        return typed == null ? new char[0] : typed;
    }

    /** The password of a profile being added, typed twice at a prompt so a typo does not lock it out. */
    char[] forNew(String name, Role role) {
        String given = env.get(NEW_PASSWORD);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new NewsroomException("cli.newPasswordNeeded", name, role);
        }
        char[] first = console.readPassword("%s", messages.get("cli.newPasswordPrompt", name));
        char[] second = console.readPassword("%s", messages.get("cli.newPasswordAgain"));
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new NewsroomException("cli.passwordsDiffer");
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
