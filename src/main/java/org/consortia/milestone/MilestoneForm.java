package org.consortia.milestone;

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
 * {@code /projects/{acronym}/plan/milestones/new} and {@code …/{code}}: the coordinator adds a
 * milestone or changes one.
 */
@Path("/projects/{acronym}/plan/milestones")
@Produces(MediaType.TEXT_HTML)
public class MilestoneForm {

    @CheckedTemplate
    static class Templates {
        /** {@code code} is null for a new milestone. */
        static native TemplateInstance milestone(
                ProjectView project,
                String code,
                MilestoneFields form,
                List<WorkPackageView> workPackages,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final MilestoneService milestones;
    private final WorkPackageService workPackages;
    private final AccessPolicy access;
    private final ItemForms forms;

    MilestoneForm(
            ProjectService projects,
            MilestoneService milestones,
            WorkPackageService workPackages,
            AccessPolicy access,
            ItemForms forms) {
        this.projects = projects;
        this.milestones = milestones;
        this.workPackages = workPackages;
        this.access = access;
        this.forms = forms;
    }

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        Project project = access.managed(projects.find(acronym));
        return HtmlResponse.of(form(project, null, new MilestoneFields(), forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym, @BeanParam MilestoneFields typed) {
        Project project = access.managed(projects.find(acronym));
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(null, errors),
                input -> milestones.add(project, input).code(),
                project.planPath(),
                () -> form(project, null, typed, errors));
    }

    @GET
    @Path("{code}")
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.managed(projects.find(acronym));
        MilestoneFields stored = MilestoneFields.of(milestones.get(project, code));
        return HtmlResponse.of(form(project, code, stored, forms.errors()));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam MilestoneFields typed) {
        Project project = access.managed(projects.find(acronym));
        milestones.find(project, code); // an unknown code is a 404, whatever the form holds
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                typed.input(code, errors),
                input -> milestones
                        .update(project, code, FormValues.ifMatch(typed.version), input)
                        .code(),
                () -> typed.version =
                        FormValues.shown(milestones.get(project, code).version()),
                project.planPath(),
                () -> form(project, code, typed, errors));
    }

    private TemplateInstance form(Project project, String code, MilestoneFields typed, FormErrors errors) {
        return Templates.milestone(
                ProjectView.of(project),
                code,
                typed,
                workPackages.page(project, PageRequest.largest()).items(),
                errors);
    }
}
