package org.byline.domain;

/** A profile of someone who works in the newsroom. */
public record Person(long id, String name, String email, Role role) {
    public Person {
        if (name == null || name.isBlank()) {
            throw new NewsroomException("error.nameRequired");
        }
        email = email == null ? "" : email;
        role = role == null ? Role.REPORTER : role;
    }

    /** A reporter's profile, as every profile was before the desk arrived. */
    public Person(long id, String name, String email) {
        this(id, name, email, Role.REPORTER);
    }

    public boolean isDesk() {
        return role.isDesk();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when {@code article} was written by this person: the four-eyes rule keys on this. */
    public boolean wrote(Article article) {
        return article.reporter().id() == id;
    }
}
