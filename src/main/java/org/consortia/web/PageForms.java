package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.ProblemException;

/**
 * A page's form sent (post/redirect/get): on success back to {@code path} with a flash message; when the
 * service refuses the input, the page again with the problem's status, showing the error by the form.
 * What the visitor may not do (403) or what does not exist (404) is not a form error but the error page:
 * the page never offered it.
 */
public final class PageForms {

    private PageForms() {}

    /**
     * @param action does the work and returns the flash message
     * @param again  the page again, given the refusal
     */
    public static Response attempt(
            String path, Supplier<String> action, Function<ProblemException, TemplateInstance> again) {
        try {
            return Flash.redirect(path, action.get());
        } catch (ForbiddenProblem | NotFoundProblem notAFormError) {
            throw notAFormError;
        } catch (ProblemException refused) {
            return Response.status(refused.status())
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(again.apply(refused))
                    .build();
        }
    }
}
