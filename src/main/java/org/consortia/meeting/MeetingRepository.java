package org.consortia.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

/** Meeting queries: each loads the work package, its lead and the event in the same statement. */
@ApplicationScoped
public class MeetingRepository implements PanacheRepository<Meeting> {

    private static final String FETCH = "from Meeting m join fetch m.workPackage w left join fetch w.lead l"
            + " left join fetch l.organisation join fetch m.event e where m.project = ?1";

    /** By first day (as held, else as planned), then code. */
    private static final String ORDER = " order by coalesce(e.actualDate, e.plannedDate) nulls last, m.code";

    public Optional<Meeting> findByCode(Project project, String code) {
        return find(FETCH + " and m.code = ?2", project, code).firstResultOptional();
    }

    public Page<Meeting> page(Project project, PageRequest request) {
        List<Meeting> items =
                find(FETCH + ORDER, project).page(request.page, request.size).list();
        return request.page(items, count("project", project));
    }

    public List<Meeting> listAll(Project project) {
        return list(FETCH + ORDER, project);
    }

    /** The meetings held (their actual first day) from {@code start} to {@code end}. */
    public List<Meeting> heldBetween(Project project, LocalDate start, LocalDate end) {
        return list(FETCH + " and e.actualDate between ?2 and ?3" + ORDER, project, start, end);
    }

    /**
     * Moves the meeting's version on at once (not at commit, so that the answer's ETag is the stored one) when its event
     * changed: its ETag covers its event's details.
     */
    public void touch(Meeting meeting) {
        getEntityManager().lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
