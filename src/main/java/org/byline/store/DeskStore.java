package org.byline.store;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Person;
import org.byline.domain.Status;
import org.byline.domain.Transition;

/**
 * The desk's changes to articles and the history that records them. The newsroom decides what an
 * action does ({@link Rule}) while the store holds the write transaction, so the article it
 * decides on cannot change underneath it, and the change and its history line are committed
 * together or not at all.
 */
public interface DeskStore {
    /** Decides what an action makes of the article as it is now; throws to refuse. */
    @FunctionalInterface
    interface Rule {
        Step decide(Article current, Status statusBeforeSpike);
    }

    /**
     * The article after the action (null: the article itself does not change), the status that
     * 되살리기 would restore, and the history lines to write.
     */
    record Step(Article after, Status statusBeforeSpike, List<Transition> record) {
        public Step {
            record = List.copyOf(record);
        }
    }

    /**
     * Applies {@code rule} to article {@code id} in one write transaction and returns the stored
     * result. The article's version grows by one when it changes.
     *
     * @param expectedVersion the version an editor started from, or null when the action does
     *                        not carry text (approve, spike ...)
     * @param by              the profile acting, for the history
     */
    Article apply(long id, Long expectedVersion, Person by, Rule rule);

    List<Transition> history(long id);
}
