package org.consortia.timesheet;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.common.PageRequest;
import org.consortia.organisation.Organisation;
import org.consortia.project.Project;
import org.consortia.security.Person;
import org.consortia.workpackage.WorkPackage;

/** Timesheets, their entries and productive hours: each read in one query, whatever a month or a list holds. */
@ApplicationScoped
public class TimesheetRepository implements PanacheRepository<Timesheet> {

    /** {@code person}'s timesheet of {@code month} (its first day), with its people and organisation. */
    public Optional<Timesheet> find(Person person, LocalDate month) {
        return getEntityManager()
                .createQuery(
                        "select t from Timesheet t join fetch t.person join fetch t.organisation"
                                + " left join fetch t.supervisor where t.person = :person and t.month = :month",
                        Timesheet.class)
                .setParameter("person", person)
                .setParameter("month", month)
                .getResultStream()
                .findFirst();
    }

    /** The entries of a timesheet with their work packages and projects, in project and work-package order. */
    public List<TimesheetEntry> entries(Timesheet timesheet) {
        return getEntityManager()
                .createQuery(
                        "select e from TimesheetEntry e join fetch e.workPackage w join fetch w.project p"
                                + " where e.timesheet = :timesheet order by p.acronym, w.number",
                        TimesheetEntry.class)
                .setParameter("timesheet", timesheet)
                .getResultList();
    }

    public void deleteEntries(Timesheet timesheet) {
        getEntityManager()
                .createQuery("delete from TimesheetEntry e where e.timesheet = :timesheet")
                .setParameter("timesheet", timesheet)
                .executeUpdate();
    }

    /** Moves the timesheet's version on when only its entries change, so that an {@code If-Match} sees the change. */
    public void moveVersionOn(Timesheet timesheet) {
        getEntityManager().lock(timesheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void persist(TimesheetEntry entry) {
        getEntityManager().persist(entry);
    }

    /**
     * The work packages of the projects {@code organisation} takes part in that run during [{@code from}, {@code
     * to}], with their projects: what its staff may record hours on.
     */
    public List<WorkPackage> workPackagesOf(Organisation organisation, LocalDate from, LocalDate to) {
        return getEntityManager()
                .createQuery(
                        "select w from WorkPackage w join fetch w.project p where p.startDate <= :to"
                                + " and p.endDate >= :from and exists (select 1 from Participation pa"
                                + " where pa.project = p and pa.organisation = :organisation)"
                                + " order by p.acronym, w.number",
                        WorkPackage.class)
                .setParameter("organisation", organisation)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Per work package of {@code project} (by id), the person-months {@code organisation}'s staff recorded in the
     * closed timesheets of the months from {@code from} to {@code to} (first days), each month at the productive
     * hours it was closed with; one query.
     */
    public List<Object[]> closedPersonMonths(Organisation organisation, Project project, LocalDate from, LocalDate to) {
        return getEntityManager()
                .createQuery(
                        "select e.workPackage.id, sum(e.hours * 12 / t.productiveHours) from TimesheetEntry e"
                                + " join e.timesheet t where t.organisation = :organisation and t.status = :closed"
                                + " and e.workPackage.project = :project and t.month between :from and :to"
                                + " group by e.workPackage.id",
                        Object[].class)
                .setParameter("organisation", organisation)
                .setParameter("closed", TimesheetStatus.CLOSED)
                .setParameter("project", project)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Whether any timesheet records hours on {@code workPackage}. */
    public boolean hasHours(WorkPackage workPackage) {
        return !getEntityManager()
                .createQuery("select e.id from TimesheetEntry e where e.workPackage = :workPackage", Long.class)
                .setParameter("workPackage", workPackage)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * A page of the timesheets a reader sees ({@link Filter}), the latest month first, with their people and
     * organisations.
     */
    public List<Timesheet> page(Filter filter, PageRequest request) {
        return filter.bind(getEntityManager()
                        .createQuery(
                                "select t from Timesheet t join fetch t.person pe join fetch t.organisation o"
                                        + filter.where()
                                        + " order by t.month desc, pe.username",
                                Timesheet.class))
                .setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
    }

    public long count(Filter filter) {
        return filter.bind(getEntityManager()
                        .createQuery(
                                "select count(t) from Timesheet t join t.person pe join t.organisation o"
                                        + filter.where(),
                                Long.class))
                .getSingleResult();
    }

    /** The total hours of each of {@code timesheets}, by id, in one query. */
    public List<Object[]> totalHours(List<Timesheet> timesheets) {
        if (timesheets.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select e.timesheet.id, sum(e.hours) from TimesheetEntry e where e.timesheet in :timesheets"
                                + " group by e.timesheet.id",
                        Object[].class)
                .setParameter("timesheets", timesheets)
                .getResultList();
    }

    /** The productive hours set for {@code organisation} and for {@code person} in it, the person's first. */
    public List<ProductiveHours> productiveHours(Organisation organisation, Person person) {
        return getEntityManager()
                .createQuery(
                        "select h from ProductiveHours h where h.organisation = :organisation"
                                + " and (h.person = :person or h.person is null) order by h.person nulls last",
                        ProductiveHours.class)
                .setParameter("organisation", organisation)
                .setParameter("person", person)
                .getResultList();
    }

    /** Every productive-hours setting of {@code organisation}, its own first, then its staff's by user name. */
    public List<ProductiveHours> productiveHours(Organisation organisation) {
        return getEntityManager()
                .createQuery(
                        "select h from ProductiveHours h left join fetch h.person p where h.organisation ="
                                + " :organisation order by p.username nulls first",
                        ProductiveHours.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    public void persist(ProductiveHours hours) {
        getEntityManager().persist(hours);
    }

    public void delete(ProductiveHours hours) {
        getEntityManager().remove(hours);
    }

    /**
     * What a list of timesheets shows: all of them for an administrator ({@code everyone}), otherwise those of {@code
     * reader} and of the staff of the organisations they supervise ({@code supervised}, codes); narrowed to {@code
     * username}, {@code organisation} and {@code status} when given (null narrows nothing).
     */
    public record Filter(
            boolean everyone,
            Person reader,
            Set<String> supervised,
            String username,
            String organisation,
            TimesheetStatus status) {

        String where() {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            if (!everyone) {
                where.append(
                        supervised.isEmpty()
                                ? " and t.person = :reader"
                                : " and (t.person = :reader or o.code in :supervised)");
            }
            if (username != null) {
                where.append(" and pe.username = :username");
            }
            if (organisation != null) {
                where.append(" and o.code = :organisation");
            }
            if (status != null) {
                where.append(" and t.status = :status");
            }
            return where.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (!everyone) {
                query.setParameter("reader", reader);
                if (!supervised.isEmpty()) {
                    query.setParameter("supervised", supervised);
                }
            }
            if (username != null) {
                query.setParameter("username", username);
            }
            if (organisation != null) {
                query.setParameter("organisation", organisation);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            return query;
        }
    }
}
