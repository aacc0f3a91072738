package org.consortia.deliverable;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.PlanItemForm;
import org.consortia.web.FormErrors;
import org.consortia.workpackage.WorkPackageService;
import org.consortia.workpackage.WorkPackageView;

/**
 * {@code /projects/{acronym}/plan/deliverables/new} and {@code …/{code}}: the coordinator adds a
 * deliverable or changes its plan, event details included. The status is not on the form: it moves
 * through the workflow on the deliverable's page.
 */
@Path("/projects/{acronym}/plan/deliverables")
@Produces(MediaType.TEXT_HTML)
public class DeliverableForm extends PlanItemForm<DeliverableFields, DeliverableInput> {

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

    private final DeliverableService deliverables;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final AccessPolicy access;

    /** The form as sent, on a post. */
    @BeanParam
    DeliverableFields typed;

    DeliverableForm(
            DeliverableService deliverables,
            PartnerService partners,
            WorkPackageService workPackages,
            AccessPolicy access) {
        this.deliverables = deliverables;
        this.partners = partners;
        this.workPackages = workPackages;
        this.access = access;
    }

    @Override
    protected DeliverableFields typed() {
        return typed;
    }

    @Override
    protected DeliverableFields blankFields(Project project) {
        return DeliverableFields.blank();
    }

    @Override
    protected DeliverableFields storedFields(Project project, String code) {
        return DeliverableFields.of(deliverables.get(project, code, false));
    }

    @Override
    protected String create(Project project, DeliverableInput input) {
        return deliverables.add(project, input, false).code();
    }

    @Override
    protected String save(Project project, String code, String ifMatch, DeliverableInput input) {
        return deliverables
                .updateAs(project, access.standing(project), code, ifMatch, input, false)
                .code();
    }

    @Override
    protected TemplateInstance page(Project project, String code, DeliverableFields typed, FormErrors errors) {
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
