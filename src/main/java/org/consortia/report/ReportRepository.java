package org.consortia.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortia.common.QueryLiterals;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    /** A comment on a report's section (its own entity, kept with the report's). */
    public void persist(ReportComment comment) {
        getEntityManager().persist(comment);
    }

    /** The revisions of a period's report, newest first. */
    public List<Report> revisions(ReportingPeriod period) {
        return find("period = ?1 order by revision desc", period).list();
    }

    /** The newest revision; with {@code submittedOnly}, the newest the funder may read. */
    public Optional<Report> latest(ReportingPeriod period, boolean submittedOnly) {
        return find("period = ?1" + (submittedOnly ? " and status <> 'DRAFT'" : "") + " order by revision desc", period)
                .firstResultOptional();
    }

    public Optional<Report> revision(ReportingPeriod period, int revision) {
        return find("period = ?1 and revision = ?2", period, revision).firstResultOptional();
    }

    /** Every revision of the project's reports, by period then newest first: one query. */
    public List<Report> allOf(Project project) {
        return find(
                        "select r from Report r join fetch r.period p where r.project = ?1 order by p.number, r.revision desc",
                        project)
                .list();
    }

    public boolean exists(ReportingPeriod period) {
        return count("period", period) > 0;
    }

    public List<ReportComment> comments(Report report) {
        return getEntityManager()
                .createQuery(
                        "from ReportComment c where c.report = :report" + " order by c.createdAt, c.id",
                        ReportComment.class)
                .setParameter("report", report)
                .getResultList();
    }

    /** When each period of these projects first had its report submitted, by period id: one query. */
    public Map<Long, OffsetDateTime> firstSubmissions(Collection<Project> projects) {
        Map<Long, OffsetDateTime> submitted = new HashMap<>();
        if (!projects.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select r.period.id, min(r.submittedAt) from Report r"
                                    + " where r.project.id in "
                                    + QueryLiterals.ids(
                                            projects.stream().map(p -> p.id).toList())
                                    + " and r.submittedAt is not null group by r.period.id",
                            Object[].class)
                    .getResultList()
                    .forEach(row -> submitted.put((Long) row[0], (OffsetDateTime) row[1]));
        }
        return submitted;
    }
}
