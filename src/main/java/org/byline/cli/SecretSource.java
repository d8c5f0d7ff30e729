package org.byline.cli;

import java.io.Console;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;

/**
 * Where {@code sites add} gets the site's secret (application password or bearer token):
 * BYLINE_SITE_SECRET for scripts, else a prompt that does not echo, as {@link PasswordSource} does.
 */
final class SecretSource {
    static final String SITE_SECRET = "BYLINE_SITE_SECRET";

    private final Map<String, String> env;
    private final Messages messages;

    SecretSource(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    char[] of(String site) {
        String given = env.get(SITE_SECRET);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new NewsroomException("cli.siteSecretNeeded", site);
        }
        char[] typed = console.readPassword("%s", messages.get("cli.siteSecretPrompt", site));
        return typed == null ? new char[0] : typed;
    }
}
