package org.byline.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.byline.domain.Person;

/** {@code people list --json}: one object per person, with their own login on the newsroom server. */
public final class PeopleJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param login a person's login role on the newsroom server, or null */
    public String people(List<Person> people, Function<Person, String> login) {
        ArrayNode all = mapper.createArrayNode();
        for (Person p : people) {
            ObjectNode o = all.addObject();
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("email", p.email());
            o.put("role", p.role().code());
            o.put("dbRole", login.apply(p));
        }
        try {
            return mapper.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
