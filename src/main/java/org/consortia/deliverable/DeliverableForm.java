package org.consortia.deliverable;

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
import java.util.Comparator;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.web.FormErrors;
import org.consortia.web.FormValues;
import org.consortia.web.HtmlResponse;
import org.consortia.web.ItemForms;
import org.consortia.workpackage.WorkPackageService;
import org.consortia.workpackage.WorkPackageView;

/**
 * {@code /projects/{acronym}/plan/deliverables/new} and {@code …/{code}}: the coordinator adds a
 * deliverable or changes its plan, event details included. The status is not on the form: it moves
 * through the workflow on the deliverable's page.
 */
@Path("/projects/{acronym}/plan/deliverables")
@Produces(MediaType.TEXT_HTML)
public class DeliverableForm {

    @CheckedTemplate
    static class Templates {
        /** {@code code} is null for a new deliverable; {@code others} are those it may depend on, by code. */
        static native TemplateInstance deliverable(
                ProjectView project,
                String code,
                DeliverableFields form,
                List<PartnerView> partners,
                List<WorkPackageView> workPackages,
                List<DeliverableView> others,
                List<DeliverableKind> kinds,
                List<DeliverableType> types,
                List<DisseminationLevel> levels,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final DeliverableService deliverables;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final AccessPolicy access;
    private final ItemForms forms;

    DeliverableForm(
            ProjectService projects,
            DeliverableService deliverables,
            PartnerService partners,
            WorkPackageService workPackages,
            AccessPolicy access,
            ItemForms forms) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.partners = partners;
        this.workPackages = workPackages;
        this.access = access;
        this.forms = forms;
    }

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        Project project = access.managed(projects.find(acronym));
        return HtmlResponse.of(form(project, null, DeliverableFields.blank(), forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym, @BeanParam DeliverableFields typed) {
        Project project = access.managed(projects.find(acronym));
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(null, errors),
                input -> deliverables.add(project, input, false).code(),
                project.planPath(),
                () -> form(project, null, typed, errors));
    }

    @GET
    @Path("{code}")
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.managed(projects.find(acronym));
        DeliverableFields stored = DeliverableFields.of(deliverables.get(project, code, false));
        return HtmlResponse.of(form(project, code, stored, forms.errors()));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam DeliverableFields typed) {
        Project project = access.managed(projects.find(acronym));
        deliverables.find(project, code); // an unknown code is a 404, whatever the form holds
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                typed.input(code, errors),
                input -> deliverables
                        .updateAs(
                                project,
                                access.standing(project),
                                code,
                                FormValues.ifMatch(typed.version),
                                input,
                                false)
                        .code(),
                () -> typed.version =
                        FormValues.shown(deliverables.get(project, code, false).version()),
                project.planPath(),
                () -> form(project, code, typed, errors));
    }

    private TemplateInstance form(Project project, String code, DeliverableFields typed, FormErrors errors) {
        List<DeliverableView> others =
                deliverables.page(project, new DeliverableFilter(), false, PageRequest.largest()).items().stream()
                        .filter(d -> !d.code().equals(code))
                        .sorted(Comparator.comparing(DeliverableView::code))
                        .toList();
        return Templates.deliverable(
                ProjectView.of(project),
                code,
                typed,
                partners.page(project, PageRequest.largest()).items(),
                workPackages.page(project, PageRequest.largest()).items(),
                others,
                List.of(DeliverableKind.values()),
                List.of(DeliverableType.values()),
                List.of(DisseminationLevel.values()),
                errors);
    }
}
