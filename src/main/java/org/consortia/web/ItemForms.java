package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The forms that add or change one item of a project (a work package, a deliverable, a milestone, a risk), on the one
 * form machine ({@link FormSubmission}): the input read from the form is checked against the API's constraints, then
 * saved, and the visitor goes back to {@code back} with a flash naming the item; or the form comes again, with the
 * errors by field and what was typed.
 */
@RequestScoped
public class ItemForms {

    private final InputValidation validation;
    private final LocalisedMessages messages;

    ItemForms(InputValidation validation, LocalisedMessages messages) {
        this.validation = validation;
        this.messages = messages;
    }

    /** No error yet, in the visitor's language: for a form shown, or read. */
    public FormErrors errors() {
        return new FormErrors(messages.get());
    }

    /**
     * A new item.
     *
     * @param input what the form holds, read into {@code errors}
     * @param add   saves it and answers the new item's code
     */
    public <I> Response add(
            FormErrors errors, I input, Function<I, String> add, String back, Supplier<TemplateInstance> form) {
        validation.check(input, errors);
        return FormSubmission.send(
                errors, () -> Flash.redirect(back, messages.get().plan_flash_created(add.apply(input))), form);
    }

    /**
     * A stored item.
     *
     * @param save    writes the input under the version the form was read at, and answers the item's code
     * @param refresh on a stale version, shows the stored one in the form, so that sending it again knowingly
     *                replaces the other person's change
     */
    public <I> Response update(
            FormErrors errors,
            I input,
            Function<I, String> save,
            Runnable refresh,
            String back,
            Supplier<TemplateInstance> form) {
        validation.check(input, errors);
        return FormSubmission.send(
                errors, () -> Flash.redirect(back, messages.get().plan_flash_saved(save.apply(input))), refresh, form);
    }
}
