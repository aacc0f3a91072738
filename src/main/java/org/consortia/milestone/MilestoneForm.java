package org.consortia.milestone;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.security.PlanItemForm;
import org.consortia.web.FormErrors;
import org.consortia.workpackage.WorkPackageService;
import org.consortia.workpackage.WorkPackageView;

/**
 * {@code /projects/{acronym}/plan/milestones/new} and {@code …/{code}}: the coordinator adds a
 * milestone or changes one.
 */
@Path("/projects/{acronym}/plan/milestones")
@Produces(MediaType.TEXT_HTML)
public class MilestoneForm extends PlanItemForm<MilestoneFields, MilestoneInput> {

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

    private final MilestoneService milestones;
    private final WorkPackageService workPackages;

    /** The form as sent, on a post. */
    @BeanParam
    MilestoneFields typed;

    MilestoneForm(MilestoneService milestones, WorkPackageService workPackages) {
        this.milestones = milestones;
        this.workPackages = workPackages;
    }

    @Override
    protected MilestoneFields typed() {
        return typed;
    }

    @Override
    protected MilestoneFields blankFields(Project project) {
        return new MilestoneFields();
    }

    @Override
    protected MilestoneFields storedFields(Project project, String code) {
        return MilestoneFields.of(milestones.get(project, code));
    }

    @Override
    protected String create(Project project, MilestoneInput input) {
        return milestones.add(project, input).code();
    }

    @Override
    protected String save(Project project, String code, String ifMatch, MilestoneInput input) {
        return milestones.update(project, code, ifMatch, input).code();
    }

    @Override
    protected TemplateInstance page(Project project, String code, MilestoneFields typed, FormErrors errors) {
        return Templates.milestone(
                ProjectView.of(project),
                code,
                typed,
                workPackages.page(project, PageRequest.largest()).items(),
                errors);
    }
}
