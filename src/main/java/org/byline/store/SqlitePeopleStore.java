package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;

/** {@link PeopleStore} in SQLite. */
public final class SqlitePeopleStore implements PeopleStore {
    private final Database db;
    private final Clock clock;

    public SqlitePeopleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Person add(String name, String email) {
        return add(name, email, Role.REPORTER, null);
    }

    @Override
    public Person add(String name, String email, Role role, String passwordHash) {
        String cleanName = Text.nfc(name == null ? "" : name.strip());
        String cleanEmail = Text.nfc(email == null ? "" : email.strip());
        new Person(0, cleanName, cleanEmail); // validates before touching the store
        return db.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM people WHERE name = ?")) {
                exists.setString(1, cleanName);
                if (exists.executeQuery().next()) {
                    throw new NewsroomException("error.personExists", cleanName);
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO people (name, email, created_at, role, password_hash) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, cleanName);
                st.setString(2, cleanEmail);
                st.setLong(3, clock.millis());
                st.setString(4, role.code());
                st.setString(5, passwordHash);
                st.executeUpdate();
            }
            return new Person(Rows.lastId(c), cleanName, cleanEmail, role);
        });
    }

    @Override
    public Optional<Person> findByName(String name) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, name, email, role FROM people WHERE name = ?")) {
                st.setString(1, Text.nfc(name == null ? "" : name.strip()));
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(person(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<Person> find(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, name, email, role FROM people WHERE id = ?")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(person(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Person> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, name, email, role FROM people ORDER BY name")) {
                ResultSet rs = st.executeQuery();
                List<Person> people = new ArrayList<>();
                while (rs.next()) {
                    people.add(person(rs));
                }
                return people;
            }
        });
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT password_hash FROM people WHERE id = ?")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean anyWithRole(Role role) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM people WHERE role = ? LIMIT 1")) {
                st.setString(1, role.code());
                return st.executeQuery().next();
            }
        });
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(
                rs.getLong("id"), rs.getString("name"), rs.getString("email"), Role.fromCode(rs.getString("role")));
    }

    @Override
    public void keepPasswordHash(long id, String passwordHash) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE people SET password_hash = ? WHERE id = ?")) {
                st.setString(1, passwordHash);
                st.setLong(2, id);
                st.executeUpdate();
            }
            return null;
        });
    }
}
