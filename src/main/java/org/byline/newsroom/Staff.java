package org.byline.newsroom;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.store.PeopleStore;

/**
 * The newsroom's people and who may do what. A new store has no admin, so anyone may set it up;
 * once an admin exists, only an admin adds profiles and changes settings.
 */
public final class Staff {
    private final PeopleStore people;
    private final Passwords passwords = new Passwords();

    public Staff(PeopleStore people) {
        this.people = people;
    }

    /** A reporter's profile, without a password (the welcome dialog's first profile). */
    public Person addReporter(String name, String email) {
        return add(name, email, Role.REPORTER, null, null);
    }

    /** Throws what {@link #add} would refuse in this name, without adding anyone (the window, as one types). */
    public static void checkName(String name) {
        ProfileFields.name(name);
    }

    /** Throws what {@link #add} would refuse in this e-mail; an empty one is none, and allowed. */
    public static void checkEmail(String email) {
        ProfileFields.email(email);
    }

    /**
     * Adds a profile. Desk and admin profiles need a password of at least eight characters;
     * reporters have none. The name and e-mail must pass {@link ProfileFields}; a name that reads
     * like an existing one is refused.
     *
     * @param actingAdmin who adds it: may be null until the store has an admin, then must be one
     */
    public Person add(String name, String email, Role role, char[] password, Person actingAdmin) {
        requireAdmin(actingAdmin, "people.adminOnly");
        String shown = ProfileFields.name(name);
        String address = ProfileFields.email(email);
        if (people.all().stream().anyMatch(p -> ProfileFields.normal(p.name()).equals(shown))) {
            throw new NewsroomException("error.personExists", shown);
        }
        Role given = role == null ? Role.REPORTER : role;
        boolean typed = password != null && password.length > 0;
        if (!given.needsPassword()) {
            if (typed) {
                throw new NewsroomException("people.reporterPassword");
            }
            return people.add(shown, address, given, null);
        }
        if (!typed) {
            throw new NewsroomException("people.passwordRequired", shown, given);
        }
        if (password.length < Passwords.MIN_LENGTH) {
            throw new NewsroomException("people.passwordTooShort", Passwords.MIN_LENGTH);
        }
        return people.add(shown, address, given, passwords.hash(password));
    }

    /**
     * The profile of someone starting to work. Reporters need no password; a desk or admin
     * profile needs its own. A wrong password and an unknown name are refused alike.
     */
    public Person authenticate(String name, char[] password) {
        Optional<Person> found = people.findByName(name);
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            throw new NewsroomException("error.wrongPassword");
        }
        Person person = found.get();
        if (!person.role().needsPassword()) {
            return person;
        }
        String stored = people.passwordHash(person.id()).orElse(null);
        if (stored == null || !passwords.matches(password, stored)) {
            throw new NewsroomException("error.wrongPassword");
        }
        return person;
    }

    /**
     * Signs {@code name} in on this workstation alone, against the verifier kept when they last
     * signed in to the newsroom's server here (reporters included: in a newsroom everyone has a
     * password). Someone who never did cannot sign in while the server is away.
     */
    public Person authenticateHere(String name, char[] password) {
        Optional<Person> found = people.findByName(name);
        String stored = found.flatMap(p -> people.passwordHash(p.id())).orElse(null);
        if (stored == null) {
            passwords.matchNothing(password);
            throw new NewsroomException("error.newsroom.neverSignedInHere", name);
        }
        if (!passwords.matches(password, stored)) {
            throw new NewsroomException("error.wrongPassword");
        }
        return found.get();
    }

    /** Keeps {@code password}'s verifier for {@link #authenticateHere}, after the server took it. */
    public void keepVerifierHere(long personId, char[] password) {
        people.keepPasswordHash(personId, passwords.hash(password));
    }

    public boolean hasAdmin() {
        return people.anyWithRole(Role.ADMIN);
    }

    /** The profile a command acts as ({@code --as NAME}), before any password is checked. */
    public Person named(String name) {
        return people.findByName(name).orElseThrow(() -> new NewsroomException("error.unknownPerson", name));
    }

    /** The profile as stored now: a role changed since someone started working counts, not the old copy. */
    Person current(Person person) {
        if (person == null) {
            throw new NewsroomException("error.nameRequired");
        }
        return people.find(person.id()).orElseThrow(() -> new NewsroomException("error.unknownPerson", person.name()));
    }

    /** A profile by its id, as a job that someone queued remembers them. */
    Person byId(long id) {
        return people.find(id).orElseThrow(() -> new NewsroomException("error.unknownPerson", "#" + id));
    }

    /** Refuses with {@code refusalKey} unless the store has no admin yet or {@code acting} is one. */
    void requireAdmin(Person acting, String refusalKey) {
        if (!hasAdmin()) {
            return;
        }
        if (acting == null || !current(acting).isAdmin()) {
            throw new NewsroomException(refusalKey);
        }
    }

    public List<Person> all() {
        return people.all();
    }

    public boolean isEmpty() {
        return people.all().isEmpty();
    }

    /** Overwrites a typed password once it has been used, so it does not linger in memory. */
    public static void forget(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
