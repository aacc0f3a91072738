package org.consortia.workpackage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.security.PlanItemForm;
import org.consortia.web.FormErrors;

/**
 * {@code /projects/{acronym}/plan/work-packages/new} and {@code …/{code}}: the coordinator adds a
 * work package or changes one.
 */
@Path("/projects/{acronym}/plan/work-packages")
@Produces(MediaType.TEXT_HTML)
public class WorkPackageForm extends PlanItemForm<WorkPackageFields, WorkPackageInput> {

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

    private final WorkPackageService workPackages;
    private final PartnerService partners;

    /** The form as sent, on a post. */
    @BeanParam
    WorkPackageFields typed;

    WorkPackageForm(WorkPackageService workPackages, PartnerService partners) {
        this.workPackages = workPackages;
        this.partners = partners;
    }

    @Override
    protected WorkPackageFields typed() {
        return typed;
    }

    /** The next number after the last work package's. */
    @Override
    protected WorkPackageFields blankFields(Project project) {
        return WorkPackageFields.after(
                workPackages.page(project, PageRequest.largest()).items());
    }

    @Override
    protected WorkPackageFields storedFields(Project project, String code) {
        return WorkPackageFields.of(workPackages.get(project, code));
    }

    @Override
    protected String create(Project project, WorkPackageInput input) {
        return workPackages.add(project, input).number();
    }

    @Override
    protected String save(Project project, String code, String ifMatch, WorkPackageInput input) {
        return workPackages.update(project, code, ifMatch, input).number();
    }

    @Override
    protected TemplateInstance page(Project project, String code, WorkPackageFields typed, FormErrors errors) {
        return Templates.workPackage(
                ProjectView.of(project),
                code,
                typed,
                partners.page(project, PageRequest.largest()).items(),
                errors);
    }
}
