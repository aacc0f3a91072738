package org.consortia.workpackage;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class WorkPackageRepository implements PanacheRepository<WorkPackage> {

    private static final String WITH_LEAD =
            "from WorkPackage w join fetch w.lead l join fetch l.organisation where w.project = ?1";

    public Optional<WorkPackage> findByNumber(Project project, int number) {
        return find(WITH_LEAD + " and w.number = ?2", project, number).firstResultOptional();
    }

    public List<WorkPackage> listAll(Project project) {
        return list(WITH_LEAD + " order by w.number", project);
    }

    public Page<WorkPackage> page(Project project, PageRequest request) {
        List<WorkPackage> items = find(WITH_LEAD + " order by w.number", project)
                .page(request.page, request.size)
                .list();
        return request.page(items, count("project", project));
    }

    /** How many deliverables and milestones belong to the work package. */
    public long planReferences(WorkPackage workPackage) {
        Object count = getEntityManager()
                .createNativeQuery("""
                select (select count(*) from deliverable where work_package_id = :id)
                     + (select count(*) from milestone where work_package_id = :id)""")
                .setParameter("id", workPackage.id)
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
