package org.consortia.milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepository<Milestone> {

    private static final String WITH_WORK_PACKAGE =
            "from Milestone m left join fetch m.workPackage where m.project = ?1";

    public Optional<Milestone> findByCode(Project project, String code) {
        return find(WITH_WORK_PACKAGE + " and m.code = ?2", project, code).firstResultOptional();
    }

    public List<Milestone> listAll(Project project) {
        return list(WITH_WORK_PACKAGE + " order by m.dueDate, m.code", project);
    }

    public Page<Milestone> page(Project project, PageRequest request) {
        List<Milestone> items = find(WITH_WORK_PACKAGE + " order by m.dueDate, m.code", project)
                .page(request.page, request.size)
                .list();
        return request.page(items, count("project", project));
    }
}
