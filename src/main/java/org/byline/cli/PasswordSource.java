package org.byline.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;

/**
 * Where the command line gets passwords and site secrets: an environment variable for scripts
 * (BYLINE_PASSWORD for the profile a command acts as, BYLINE_NEW_PASSWORD for a profile being
 * added, BYLINE_SITE_SECRET for a site being added, BYLINE_DB_PASSWORD for the user of a newsroom
 * server's address), else a prompt on
 * the terminal that does not echo. With neither, the command is refused with a message naming both.
 */
final class PasswordSource {
    static final String PASSWORD = "BYLINE_PASSWORD";
    static final String NEW_PASSWORD = "BYLINE_NEW_PASSWORD";
    static final String SITE_SECRET = "BYLINE_SITE_SECRET";
    static final String DB_PASSWORD = "BYLINE_DB_PASSWORD";

    private final Map<String, String> env;
    private final Messages messages;

    PasswordSource(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    /** The password of {@code person}, who is about to act. */
    char[] of(Person person) {
        return read(
                PASSWORD,
                new NewsroomException("cli.passwordNeeded", person.name(), person.role()),
                messages.get("cli.passwordPrompt", person.name()));
    }

    /** The password of {@code name}, signing in to the newsroom this workstation joined. */
    char[] ofMember(String name) {
        return read(
                PASSWORD,
                new NewsroomException("cli.memberPasswordNeeded", name),
                messages.get("cli.passwordPrompt", name));
    }

    /** The secret of a site being added (application password or bearer token). */
    char[] siteSecret(String site) {
        return read(
                SITE_SECRET,
                new NewsroomException("cli.siteSecretNeeded", site),
                messages.get("cli.siteSecretPrompt", site));
    }

    /** The password of {@code user} on the newsroom server at {@code server}, for one command. */
    char[] ofServerUser(String server, String user) {
        return read(
                DB_PASSWORD,
                new NewsroomException("cli.dbPasswordNeeded", user, server),
                messages.get("cli.dbPasswordPrompt", user, server));
    }

    /** {@code variable} when set, else one line typed at a prompt that does not echo; without a terminal, {@code refusal}. */
    private char[] read(String variable, NewsroomException refusal, String prompt) {
        String given = env.get(variable);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw refusal;
        }
        char[] typed = console.readPassword("%s", prompt);
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
