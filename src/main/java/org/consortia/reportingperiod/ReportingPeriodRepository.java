package org.consortia.reportingperiod;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class ReportingPeriodRepository implements PanacheRepository<ReportingPeriod> {

    public Optional<ReportingPeriod> findByNumber(Project project, int number) {
        return find("project = ?1 and number = ?2", project, number).firstResultOptional();
    }

    public List<ReportingPeriod> listAll(Project project) {
        return list("project", Sort.by("number"), project);
    }

    public Optional<ReportingPeriod> last(Project project) {
        return find("project", Sort.descending("number"), project).firstResultOptional();
    }

    public Page<ReportingPeriod> page(Project project, PageRequest request) {
        var query = find("project", Sort.by("number"), project).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
