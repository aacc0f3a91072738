package org.consortia.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.FormErrors;
import org.consortia.web.FormValues;
import org.consortia.web.HtmlResponse;
import org.consortia.web.ItemForms;

/**
 * {@code /projects/{acronym}/risks/new} and {@code …/risks/{number}}: the coordinator adds a risk or
 * changes one; the staff of a risk's owner update its mitigation, status and closing day (the rest is
 * shown, not offered). Anyone else in the consortium gets the 403 page, reviewers and strangers the 404
 * page. The rules are the API's ({@link RiskService#updateAs}).
 */
@Path("/projects/{acronym}/risks")
@Produces(MediaType.TEXT_HTML)
public class RiskForm {

    private static final PageRequest ALL_PARTNERS = PageRequest.of(0, PageRequest.MAX_SIZE);

    @CheckedTemplate
    static class Templates {
        /**
         * {@code current} is null for a new risk; {@code full}: the coordinator's form, otherwise the
         * owner's (mitigation, status, closing day).
         */
        static native TemplateInstance risk(
                ProjectView project,
                RiskView current,
                boolean full,
                RiskFields form,
                List<PartnerView> partners,
                List<RiskLevel> levels,
                List<RiskStatus> statuses,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final RiskService risks;
    private final PartnerService partners;
    private final AccessPolicy access;
    private final ItemForms forms;

    RiskForm(
            ProjectService projects, RiskService risks, PartnerService partners, AccessPolicy access, ItemForms forms) {
        this.projects = projects;
        this.risks = risks;
        this.partners = partners;
        this.access = access;
        this.forms = forms;
    }

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        Project project = access.managed(access.internal(projects.find(acronym)));
        return HtmlResponse.of(form(project, null, true, RiskFields.blank(), forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym, @BeanParam RiskFields typed) {
        Project project = access.managed(access.internal(projects.find(acronym)));
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(errors),
                input -> risks.add(project, input).code(),
                RiskPage.path(project),
                () -> form(project, null, true, typed, errors));
    }

    @GET
    @Path(RiskResource.NUMBER)
    public Response edit(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        RiskView current = risks.get(project, number);
        RiskService.requireMayMitigate(project, standing, current);
        return HtmlResponse.of(form(project, current, standing.managesPlan(), RiskFields.of(current), forms.errors()));
    }

    @POST
    @Path(RiskResource.NUMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("number") int number, @BeanParam RiskFields typed) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        RiskView current = risks.get(project, number);
        RiskService.requireMayMitigate(project, standing, current);
        boolean full = standing.managesPlan();
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                full ? typed.input(errors) : typed.mitigationOf(current, errors),
                input -> risks.updateAs(project, standing, number, FormValues.ifMatch(typed.version), input)
                        .code(),
                () -> typed.version =
                        FormValues.shown(risks.get(project, number).version()),
                RiskPage.path(project),
                () -> form(project, risks.get(project, number), full, typed, errors));
    }

    private TemplateInstance form(
            Project project, RiskView current, boolean full, RiskFields typed, FormErrors errors) {
        return Templates.risk(
                ProjectView.of(project),
                current,
                full,
                typed,
                full ? partners.page(project, ALL_PARTNERS).items() : List.of(),
                List.of(RiskLevel.values()),
                List.of(RiskStatus.values()),
                errors);
    }
}
