package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.ProblemException;
import org.consortia.common.StaleVersionProblem;

/**
 * Sends a plan form (post/redirect/get): a form that could not be read is shown again (400) without
 * calling the service; on success the service's redirect; a refusal shows the form again with the
 * problem's status, the reasons by the fields and what was typed. What the caller may not do (403) or
 * what does not exist (404) is not a form error: it is the error page.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** A new item: there is no version that could be stale. */
    public static Response send(FormErrors errors, Supplier<Response> save, Supplier<TemplateInstance> form) {
        return send(errors, save, () -> {}, form);
    }

    /**
     * @param save     writes and returns the redirect
     * @param refresh  on a stale version, takes the stored version into the form, so sending it again
     *                 knowingly replaces the other person's change
     * @param form     the form again, with what was typed and the errors
     */
    public static Response send(
            FormErrors errors, Supplier<Response> save, Runnable refresh, Supplier<TemplateInstance> form) {
        if (errors.any()) {
            return HtmlResponse.of(400, form.get());
        }
        try {
            return save.get();
        } catch (ForbiddenProblem | NotFoundProblem notAFormError) {
            throw notAFormError;
        } catch (StaleVersionProblem stale) {
            errors.markStale();
            refresh.run();
            return HtmlResponse.of(stale.status(), form.get());
        } catch (ProblemException refused) {
            errors.add(refused);
            return HtmlResponse.of(refused.status(), form.get());
        }
    }
}
