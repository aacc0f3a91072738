package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.ProblemException;
import org.consortia.common.StaleVersionProblem;

/**
 * Every form of the pages, sent (post/redirect/get): read and checked into {@link FormErrors} by the page, a form
 * with errors is shown again (400) without calling the service; on success the redirect, with its flash message; a
 * refusal of the service shows the form again with the problem's status, the reasons by the fields and what was
 * typed. What the caller may not do (403) or what does not exist (404) is not a form error: it is the error page.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** A new item: there is no version that could be stale. */
    public static Response send(FormErrors errors, Supplier<Response> save, Supplier<TemplateInstance> form) {
        return send(errors, save, () -> {}, form);
    }

    /**
     * A form of its own page (the plan's items).
     *
     * @param save     writes and returns the redirect
     * @param refresh  on a stale version, takes the stored version into the form, so sending it again
     *                 knowingly replaces the other person's change
     * @param form     the form again, with what was typed and the errors
     */
    public static Response send(
            FormErrors errors, Supplier<Response> save, Runnable refresh, Supplier<TemplateInstance> form) {
        return submit(
                errors,
                save,
                stale -> {
                    errors.markStale();
                    refresh.run();
                },
                form);
    }

    /**
     * One of the forms of a page that holds several (a deliverable's moves, upload and comment; a report's
     * sections): on success back to {@code path} with the flash message {@code action} returns; a stale version is
     * a refusal like any other.
     *
     * @param page the page again, showing {@code errors} by the form that was sent
     */
    public static Response send(
            FormErrors errors, String path, Supplier<String> action, Supplier<TemplateInstance> page) {
        return submit(errors, () -> Flash.redirect(path, action.get()), errors::add, page);
    }

    private static Response submit(
            FormErrors errors,
            Supplier<Response> save,
            Consumer<StaleVersionProblem> onStale,
            Supplier<TemplateInstance> form) {
        if (errors.any()) {
            return HtmlResponse.of(400, form.get());
        }
        try {
            return save.get();
        } catch (ForbiddenProblem | NotFoundProblem notAFormError) {
            throw notAFormError;
        } catch (StaleVersionProblem stale) {
            onStale.accept(stale);
            return HtmlResponse.of(stale.status(), form.get());
        } catch (ProblemException refused) {
            errors.add(refused);
            Response page = HtmlResponse.of(refused.status(), form.get());
            refused.headers().forEach(page.getHeaders()::putSingle);
            return page;
        }
    }
}
