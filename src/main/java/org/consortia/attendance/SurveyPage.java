package org.consortia.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.HtmlResponse;
import org.consortia.web.LocalisedMessages;

/**
 * {@code /survey/{token}}: an event's evaluation survey, where the one-time link mailed to someone who attended leads
 * (no account, no JavaScript): a score from 1 to 5 per question, a comment; answered once.
 */
@Path("/survey/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SurveyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(
                String token, SurveyService.SurveyForm survey, SurveyFields form, FormErrors errors);

        static native TemplateInstance thanks(SurveyService.SurveyForm survey);
    }

    private final SurveyService surveys;
    private final LocalisedMessages messages;

    SurveyPage(SurveyService surveys, LocalisedMessages messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GET
    public TemplateInstance form(@PathParam("token") String token) {
        return Templates.survey(token, surveys.form(token), SurveyFields.blank(), new FormErrors(messages.get()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, @BeanParam SurveyFields typed) {
        SurveyService.SurveyForm survey = surveys.form(token);
        FormErrors errors = new FormErrors(messages.get());
        return FormSubmission.send(
                errors,
                () -> {
                    surveys.answer(token, typed.scores(survey.questions().size()), typed.comment);
                    return HtmlResponse.of(Templates.thanks(survey));
                },
                () -> Templates.survey(token, survey, typed, errors));
    }
}
