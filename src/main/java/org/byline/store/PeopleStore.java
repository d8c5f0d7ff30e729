package org.byline.store;

import java.util.List;
import java.util.Optional;
import org.byline.domain.Person;
import org.byline.domain.Role;

/** Profiles of the people who write and edit. */
public interface PeopleStore {
    Person add(String name, String email);

    /**
     * Adds a profile. {@code passwordHash} is what newsroom.Passwords wrote, never the password
     * itself; null for a reporter.
     */
    Person add(String name, String email, Role role, String passwordHash);

    Optional<Person> findByName(String name);

    Optional<Person> find(long id);

    List<Person> all();

    /** The stored password hash of a profile; empty for a reporter or an unknown id. */
    Optional<String> passwordHash(long id);

    boolean anyWithRole(Role role);

    /**
     * Keeps {@code passwordHash} as the profile's own: on a newsroom copy, the verifier that lets
     * someone who signed in here before sign in again while the server is away.
     */
    void keepPasswordHash(long id, String passwordHash);
}
