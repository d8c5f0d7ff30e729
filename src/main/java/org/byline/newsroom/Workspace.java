package org.byline.newsroom;

import java.util.Locale;
import java.util.Optional;
import org.byline.domain.Person;
import org.byline.store.PeopleStore;
import org.byline.store.SettingsStore;

/** Who is working at this store and what they had open, so a restart picks up where they were. */
public final class Workspace {
    private static final String CURRENT_PROFILE = "workspace.profile";
    private static final String OPEN_ARTICLE = "workspace.article";
    private static final String LANGUAGE = "workspace.language";

    private final SettingsStore settings;
    private final PeopleStore people;

    public Workspace(SettingsStore settings, PeopleStore people) {
        this.settings = settings;
        this.people = people;
    }

    public Optional<Person> currentProfile() {
        return settings.get(CURRENT_PROFILE).flatMap(id -> people.find(Long.parseLong(id)));
    }

    public void useProfile(Person person) {
        settings.put(CURRENT_PROFILE, Long.toString(person.id()));
    }

    public Optional<Long> openArticle() {
        return settings.get(OPEN_ARTICLE).map(Long::parseLong);
    }

    public void rememberOpenArticle(long id) {
        settings.put(OPEN_ARTICLE, Long.toString(id));
    }

    /** The language chosen in the settings window for this store's window; empty to follow the system. */
    public Optional<Locale> language() {
        return settings.get(LANGUAGE).map(code -> code.equals("ko") ? Locale.KOREAN : Locale.ENGLISH);
    }

    /** @param language Korean or English; null to follow the system again */
    public void chooseLanguage(Locale language) {
        if (language == null) {
            settings.remove(LANGUAGE);
        } else {
            settings.put(LANGUAGE, language.getLanguage().equals("ko") ? "ko" : "en");
        }
    }
}
