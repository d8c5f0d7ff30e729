package org.byline.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Section;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.i18n.Messages;
import org.byline.newsroom.Sections;
import org.byline.newsroom.Settings;
import org.byline.newsroom.Sites;
import org.byline.newsroom.Staff;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The settings window: the outlet (name, masthead, site, footer), the photo size limit, the
 * profiles, and the sites articles are pushed to. Once the store has an admin only an admin changes them; everyone else reads.
 */
@ViewModel
public final class SettingsViewModel {
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, String> loaded = new LinkedHashMap<>();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Site> siteList = FXCollections.observableArrayList();
    /** The new site's form; its secret stays in the view's password field until the moment it is added. */
    private final StringProperty siteName = new SimpleStringProperty("");

    private final ObjectProperty<SiteType> siteType = new SimpleObjectProperty<>(SiteType.WORDPRESS);
    private final StringProperty siteUrl = new SimpleStringProperty("");
    private final StringProperty siteUser = new SimpleStringProperty("");
    /** The setting keys in the window's order; a section added or renamed changes its target's key. */
    private final ObservableList<String> keys = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final Settings settings;
    private final Staff staff;
    private final Sections sectionList;
    private final Sites sites;
    private final Tasks tasks;
    private final Messages messages;
    private final Person me;
    private final Runnable changed;

    public SettingsViewModel(
            Settings settings,
            Staff staff,
            Sections sections,
            Sites sites,
            Tasks tasks,
            Messages messages,
            Person me,
            Runnable changed) {
        this.settings = settings;
        this.staff = staff;
        this.sectionList = sections;
        this.sites = sites;
        this.tasks = tasks;
        this.messages = messages;
        this.me = me;
        this.changed = changed;
        reload();
    }

    public void reload() {
        tasks.run(
                () -> new Loaded(
                        settings.keys(),
                        settings.values(),
                        staff.all(),
                        staff.hasAdmin(),
                        sectionList.all(),
                        sites.all()),
                l -> {
                    loaded.clear();
                    loaded.putAll(l.values());
                    l.keys()
                            .forEach(k -> values.computeIfAbsent(k, x -> new SimpleStringProperty())
                                    .set(l.values().getOrDefault(k, "")));
                    values.keySet().retainAll(l.keys());
                    if (!keys.equals(l.keys())) {
                        keys.setAll(l.keys());
                    }
                    sections.setAll(l.sections());
                    people.setAll(l.people());
                    siteList.setAll(l.sites());
                    mayChange.set(!l.hasAdmin() || me.role() == Role.ADMIN);
                },
                e -> problem.set(messages.describe(e)));
    }

    /**
     * Throws what saving would refuse in {@code value} for {@code key}; stores nothing and reads
     * no store, so the field's mark can ask it on the FX thread as one types.
     */
    public void check(String key, String value) {
        settings.check(key, value);
    }

    /** Saves the settings that changed, all or none; each is checked by the newsroom (site address, numbers ...). */
    public void save() {
        Map<String, String> changes = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!v.get().equals(loaded.getOrDefault(k, ""))) {
                changes.put(k, v.get());
            }
        });
        problem.set("");
        done.set("");
        tasks.write(
                () -> {
                    settings.setAll(changes, me); // all or none: one bad field changes nothing
                    return changes.size();
                },
                count -> {
                    done.set(messages.get("settings.saved", count));
                    changed.run();
                    reload();
                },
                e -> {
                    problem.set(messages.describe(e));
                    reload();
                });
    }

    /** Adds a profile; desk and admin profiles need a password. */
    public void addPerson(String name, String email, Role role, char[] password) {
        problem.set("");
        done.set("");
        tasks.write(
                () -> staff.add(name, email, role, role == Role.REPORTER ? null : password, me),
                p -> {
                    done.set(messages.get("settings.personAdded", p.name()));
                    reload();
                },
                e -> problem.set(messages.describe(e)));
    }

    /** A change to the sections, then everything read again (the targets' keys follow the names). */
    public void changeSections(SectionChange change, String name, String argument) {
        problem.set("");
        done.set("");
        tasks.write(
                () -> {
                    switch (change) {
                        case ADD -> sectionList.add(name, me);
                        case RENAME -> sectionList.rename(name, argument, me);
                        case UP, DOWN -> {
                            List<Section> all = sectionList.all();
                            int place = 1
                                    + all.indexOf(all.stream()
                                            .filter(s -> s.name().equals(name))
                                            .findFirst()
                                            .orElseThrow());
                            sectionList.move(name, change == SectionChange.UP ? place - 1 : place + 1, me);
                        }
                        case RETIRE -> sectionList.retire(name, me);
                        case RESTORE -> sectionList.restore(name, me);
                    }
                    return change;
                },
                c -> {
                    done.set(messages.get("settings.sections.changed"));
                    changed.run();
                    reload();
                },
                e -> problem.set(messages.describe(e)));
    }

    /**
     * Adds a site from the form; the newsroom checks the address (HTTPS) and keeps the secret in the
     * secrets folder. The secret is overwritten once the attempt is over, kept or refused: the
     * form is filled again only with what is safe to show.
     */
    public void addSite(char[] secret) {
        String name = siteName.get();
        SiteType type = siteType.get();
        String url = siteUrl.get();
        String user = siteUser.get();
        problem.set("");
        done.set("");
        tasks.write(
                () -> {
                    try {
                        return sites.add(name, type, url, user, secret, me);
                    } finally {
                        Staff.forget(secret);
                    }
                },
                site -> {
                    siteName.set("");
                    siteUrl.set("");
                    siteUser.set("");
                    done.set(messages.get("settings.sites.added", site.name()));
                    reload();
                },
                e -> {
                    problem.set(siteProblem(e));
                    reload(); // an admin may have appeared meanwhile: the form then locks
                });
    }

    /** Removes a site and its secret; refused while a push to it is on its way. */
    public void removeSite(String name) {
        problem.set("");
        done.set("");
        tasks.write(
                () -> {
                    sites.remove(name, me);
                    return name;
                },
                n -> {
                    done.set(messages.get("settings.sites.removed", n));
                    reload();
                },
                e -> {
                    problem.set(siteProblem(e));
                    reload();
                });
    }

    /** The newsroom's reasons name command-line options; in the window they name the fields instead. */
    private String siteProblem(Throwable e) {
        if (e instanceof NewsroomException n) {
            switch (n.key()) {
                case "push.userRequired" -> {
                    return messages.get("settings.sites.userRequired", n.args());
                }
                case "push.passwordInUrl" -> {
                    return messages.get("settings.sites.passwordInUrl");
                }
                case "push.adminOnly" -> {
                    return messages.get("settings.sites.adminOnly");
                }
                default -> {}
            }
        }
        return messages.describe(e);
    }

    public enum SectionChange {
        ADD,
        RENAME,
        UP,
        DOWN,
        RETIRE,
        RESTORE
    }

    private record Loaded(
            List<String> keys,
            Map<String, String> values,
            List<Person> people,
            boolean hasAdmin,
            List<Section> sections,
            List<Site> sites) {}

    public StringProperty value(String key) {
        return values.computeIfAbsent(key, k -> new SimpleStringProperty(""));
    }

    public ObservableList<String> keys() {
        return keys;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObservableList<Site> sites() {
        return siteList;
    }

    public StringProperty siteName() {
        return siteName;
    }

    public ObjectProperty<SiteType> siteType() {
        return siteType;
    }

    public StringProperty siteUrl() {
        return siteUrl;
    }

    public StringProperty siteUser() {
        return siteUser;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
