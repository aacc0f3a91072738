package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.consortia.common.PageRequest;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;
import org.consortia.workpackage.WorkPackage;

/** Financial statements and their lines: each read in one query, whatever the consortium's size. */
@ApplicationScoped
public class StatementRepository implements PanacheRepository<FinancialStatement> {

    public Optional<FinancialStatement> find(ReportingPeriod period, Participation beneficiary) {
        return find("period = ?1 and beneficiary = ?2", period, beneficiary).firstResultOptional();
    }

    public List<StatementCost> costs(FinancialStatement statement) {
        return getEntityManager()
                .createQuery("select c from StatementCost c where c.statement = :statement", StatementCost.class)
                .setParameter("statement", statement)
                .getResultList();
    }

    public List<StatementEffort> efforts(FinancialStatement statement) {
        return getEntityManager()
                .createQuery(
                        "select e from StatementEffort e join fetch e.workPackage w where e.statement = :statement"
                                + " order by w.number",
                        StatementEffort.class)
                .setParameter("statement", statement)
                .getResultList();
    }

    /**
     * The work packages {@code beneficiary}'s statements declare completed, each with its statement and period; one
     * query.
     */
    public List<StatementCompletion> completions(Participation beneficiary) {
        return getEntityManager()
                .createQuery(
                        "select c from StatementCompletion c join fetch c.statement s join fetch s.period"
                                + " join fetch c.workPackage where s.beneficiary = :beneficiary",
                        StatementCompletion.class)
                .setParameter("beneficiary", beneficiary)
                // Read while a statement is being accepted: its frozen content is not written yet, so not flushed.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /** Every line of a draft, before it is written again. */
    public void deleteLines(FinancialStatement statement) {
        for (String line : List.of("StatementCost", "StatementEffort", "StatementCompletion")) {
            getEntityManager()
                    .createQuery("delete from " + line + " l where l.statement = :statement")
                    .setParameter("statement", statement)
                    .executeUpdate();
        }
    }

    /** The timesheets' person-months fixed at submission, when the statement goes back to its beneficiary. */
    public void deleteFixedEffort(FinancialStatement statement) {
        getEntityManager()
                .createQuery("delete from StatementEffort e where e.statement = :statement and e.typed = false")
                .setParameter("statement", statement)
                .executeUpdate();
    }

    /** Moves the statement's version on when only its lines change, so that an {@code If-Match} sees the change. */
    public void moveVersionOn(FinancialStatement statement) {
        getEntityManager().lock(statement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void persist(StatementCost cost) {
        getEntityManager().persist(cost);
    }

    public void persist(StatementEffort effort) {
        getEntityManager().persist(effort);
    }

    public void persist(StatementCompletion completion) {
        getEntityManager().persist(completion);
    }

    /**
     * A page of the project's statements, the latest period first then by partner number, with their beneficiaries
     * and periods; only those in {@code statuses}, and of {@code period} when given.
     */
    public List<FinancialStatement> page(
            Project project, Integer period, List<StatementStatus> statuses, PageRequest request) {
        var query = getEntityManager()
                .createQuery(
                        "select s from FinancialStatement s join fetch s.beneficiary b join fetch b.organisation"
                                + " join fetch s.period p where s.project = :project and s.status in :statuses"
                                + (period == null ? "" : " and p.number = :period")
                                + " order by p.number desc, b.partnerNumber",
                        FinancialStatement.class)
                .setParameter("project", project)
                .setParameter("statuses", statuses);
        if (period != null) {
            query.setParameter("period", period);
        }
        return query.setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
    }

    public long count(Project project, Integer period, List<StatementStatus> statuses) {
        var query = getEntityManager()
                .createQuery(
                        "select count(s) from FinancialStatement s where s.project = :project and s.status in :statuses"
                                + (period == null ? "" : " and s.period.number = :period"),
                        Long.class)
                .setParameter("project", project)
                .setParameter("statuses", statuses);
        if (period != null) {
            query.setParameter("period", period);
        }
        return query.getSingleResult();
    }

    /** The project's statements of periods 1 to {@code period}, with their beneficiaries and periods; one query. */
    public List<FinancialStatement> upTo(Project project, int period) {
        return getEntityManager()
                .createQuery(
                        "select s from FinancialStatement s join fetch s.beneficiary b join fetch b.organisation"
                                + " join fetch s.period p where s.project = :project and p.number <= :period",
                        FinancialStatement.class)
                .setParameter("project", project)
                .setParameter("period", period)
                .getResultList();
    }

    /** The cost lines of {@code statements}, in one query. */
    public List<StatementCost> costs(List<FinancialStatement> statements) {
        return statements.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select c from StatementCost c where c.statement in :statements", StatementCost.class)
                        .setParameter("statements", statements)
                        .getResultList();
    }

    /** The effort lines of {@code statements}, in one query. */
    public List<StatementEffort> efforts(List<FinancialStatement> statements) {
        return statements.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select e from StatementEffort e where e.statement in :statements",
                                StatementEffort.class)
                        .setParameter("statements", statements)
                        .getResultList();
    }

    /** The work packages {@code statements} declare completed, in one query. */
    public List<StatementCompletion> completions(List<FinancialStatement> statements) {
        return statements.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select c from StatementCompletion c where c.statement in :statements",
                                StatementCompletion.class)
                        .setParameter("statements", statements)
                        .getResultList();
    }

    /** Whether any statement declares person-months on {@code workPackage}, or declares it completed. */
    public boolean declares(WorkPackage workPackage) {
        for (String line : List.of("StatementEffort", "StatementCompletion")) {
            boolean found = !getEntityManager()
                    .createQuery("select l.id from " + line + " l where l.workPackage = :workPackage", Long.class)
                    .setParameter("workPackage", workPackage)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code project} has any statement. */
    public boolean hasStatements(Project project) {
        return count("project", project) > 0;
    }

    /**
     * Holds {@code beneficiary}'s row until the transaction ends, so that two of its statements naming the same
     * completed work package are not submitted at once.
     */
    public void lockCompletions(Participation beneficiary) {
        getEntityManager().lock(beneficiary, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether {@code beneficiary} has any statement. */
    public boolean hasStatements(Participation beneficiary) {
        return count("beneficiary", beneficiary) > 0;
    }

    /** Whether {@code period} has any statement. */
    public boolean hasStatements(ReportingPeriod period) {
        return count("period", period) > 0;
    }
}
