package org.byline.newsroom;

import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.store.PeopleStore;

/** The newsroom's people: reporters now; desk roles arrive with the desk. */
public final class Staff {
    private final PeopleStore people;

    public Staff(PeopleStore people) {
        this.people = people;
    }

    public Person addReporter(String name, String email) {
        return people.add(name, email);
    }

    /** The profile a command acts as ({@code --as NAME}). */
    public Person named(String name) {
        return people.findByName(name).orElseThrow(() -> new NewsroomException("error.unknownPerson", name));
    }

    public List<Person> all() {
        return people.all();
    }

    public boolean isEmpty() {
        return people.all().isEmpty();
    }
}
