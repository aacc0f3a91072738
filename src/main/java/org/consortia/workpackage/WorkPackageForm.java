package org.consortia.workpackage;

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
import org.consortia.web.FormErrors;
import org.consortia.web.FormValues;
import org.consortia.web.HtmlResponse;
import org.consortia.web.ItemForms;

/**
 * {@code /projects/{acronym}/plan/work-packages/new} and {@code …/{code}}: the coordinator adds a
 * work package or changes one.
 */
@Path("/projects/{acronym}/plan/work-packages")
@Produces(MediaType.TEXT_HTML)
public class WorkPackageForm {

    @CheckedTemplate
    static class Templates {
        /** {@code code} is null for a new work package. */
        static native TemplateInstance workPackage(
                ProjectView project,
                String code,
                WorkPackageFields form,
                List<PartnerView> partners,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final WorkPackageService workPackages;
    private final PartnerService partners;
    private final AccessPolicy access;
    private final ItemForms forms;

    WorkPackageForm(
            ProjectService projects,
            WorkPackageService workPackages,
            PartnerService partners,
            AccessPolicy access,
            ItemForms forms) {
        this.projects = projects;
        this.workPackages = workPackages;
        this.partners = partners;
        this.access = access;
        this.forms = forms;
    }

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        Project project = access.managed(projects.find(acronym));
        WorkPackageFields next = WorkPackageFields.after(
                workPackages.page(project, PageRequest.largest()).items());
        return HtmlResponse.of(form(project, null, next, forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym, @BeanParam WorkPackageFields typed) {
        Project project = access.managed(projects.find(acronym));
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(null, errors),
                input -> workPackages.add(project, input).number(),
                project.planPath(),
                () -> form(project, null, typed, errors));
    }

    @GET
    @Path("{code}")
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.managed(projects.find(acronym));
        WorkPackageFields stored = WorkPackageFields.of(workPackages.get(project, code));
        return HtmlResponse.of(form(project, code, stored, forms.errors()));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam WorkPackageFields typed) {
        Project project = access.managed(projects.find(acronym));
        workPackages.find(project, code); // an unknown code is a 404, whatever the form holds
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                typed.input(code, errors),
                input -> workPackages
                        .update(project, code, FormValues.ifMatch(typed.version), input)
                        .number(),
                () -> typed.version =
                        FormValues.shown(workPackages.get(project, code).version()),
                project.planPath(),
                () -> form(project, code, typed, errors));
    }

    private TemplateInstance form(Project project, String code, WorkPackageFields typed, FormErrors errors) {
        return Templates.workPackage(
                ProjectView.of(project),
                code,
                typed,
                partners.page(project, PageRequest.largest()).items(),
                errors);
    }
}
