package org.byline.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which photo goes where on the page; each photo is shown once. */
final class PhotoPlacement {
    private final PagePhoto lead;
    private final Map<Integer, PagePhoto> waiting = new LinkedHashMap<>();

    PhotoPlacement(List<PagePhoto> photos) {
        PagePhoto first = null;
        for (PagePhoto photo : photos) {
            if (photo.lead() && first == null) {
                first = photo;
            } else {
                waiting.put(photo.number(), photo);
            }
        }
        this.lead = first;
    }

    Optional<PagePhoto> lead() {
        return Optional.ofNullable(lead);
    }

    /** The photo "[[사진N]]" asks for, unless it is the lead (already under the headline) or shown. */
    Optional<PagePhoto> place(int number) {
        return Optional.ofNullable(waiting.remove(number));
    }

    /** Photos the body never placed, in their order: they follow the last paragraph. */
    List<PagePhoto> unplaced() {
        List<PagePhoto> rest = new ArrayList<>(waiting.values());
        waiting.clear();
        return rest;
    }
}
