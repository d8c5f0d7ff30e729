package org.byline.ui.fx;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.byline.domain.NewsroomException;
import org.byline.i18n.Messages;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * What is wrong in a form, said at the field as one types (ControlsFX validation: a mark on the
 * field, its reason in the mark's tooltip) and in a line under the form, which a keyboard or a
 * screen reader reaches without the mouse. The rule and the words are the newsroom's own, the
 * same that refuse the value when it is saved: the window only says it sooner.
 */
public final class FieldChecks {
    private FieldChecks() {}

    /** A validator from a newsroom check that throws its refusal; what passes is fine. */
    public static <T> Validator<T> of(Consumer<T> check, Messages m) {
        return (control, value) -> {
            try {
                check.accept(value);
                return new ValidationResult();
            } catch (NewsroomException e) {
                return ValidationResult.fromError(control, m.describe(e));
            }
        };
    }

    /** As {@link #of}, for a text field; nothing typed is not yet wrong (the form's button waits for it). */
    public static Validator<String> ofTyped(Consumer<String> check, Messages m) {
        return of(
                text -> {
                    if (text != null && !text.isBlank()) {
                        check.accept(text);
                    }
                },
                m);
    }

    /** The first thing wrong in the form, or nothing; styled as a problem, and read whole. */
    public static Label summary(ValidationSupport checks, String id, Control... inOrder) {
        Label said = new Label();
        said.setId(id);
        said.getStyleClass().add("problem");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE); // wrapped onto a second line, never cut to "…"
        said.textProperty().bind(firstError(checks, inOrder));
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        return said;
    }

    /** The reason of the first field that is wrong, in the form's order; "" while all are right. */
    public static StringBinding firstError(ValidationSupport checks, Control... inOrder) {
        List<Control> fields = List.of(inOrder);
        return Bindings.createStringBinding(
                () -> fields.stream()
                        .map(checks::getHighestMessage)
                        .flatMap(Optional::stream)
                        .filter(message -> message.getSeverity() == Severity.ERROR)
                        .map(ValidationMessage::getText)
                        .findFirst()
                        .orElse(""),
                checks.validationResultProperty());
    }
}
