package org.byline.ui.fx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a screen's state and behaviour, the part that tests drive without a window: it may hold
 * javafx.beans properties and javafx.collections lists, never a javafx.scene node, so that it runs
 * without the toolkit. ArchitectureTest holds every class so marked (and the classes nested in it)
 * to that, and every class named ...ViewModel to carrying the mark.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewModel {}
