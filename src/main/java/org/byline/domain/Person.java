package org.byline.domain;

/** A profile of someone who works in the newsroom. */
public record Person(long id, String name, String email) {
    public Person {
        if (name == null || name.isBlank()) {
            throw new NewsroomException("error.nameRequired");
        }
        email = email == null ? "" : email;
    }
}
