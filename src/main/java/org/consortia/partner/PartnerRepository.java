package org.consortia.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class PartnerRepository implements PanacheRepository<Participation> {

    public Optional<Participation> findByCode(Project project, String organisationCode) {
        return find(
                        "from Participation p join fetch p.organisation o where p.project = ?1 and o.code = ?2",
                        project,
                        organisationCode)
                .firstResultOptional();
    }

    /** The partners of the project among {@code organisationCodes}, their organisations loaded. */
    public List<Participation> findByCodes(Project project, Collection<String> organisationCodes) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        return list(
                "from Participation p join fetch p.organisation o where p.project = ?1 and o.code in ?2",
                project,
                organisationCodes);
    }

    public List<Participation> listAll(Project project) {
        return list(
                "from Participation p join fetch p.organisation where p.project = ?1 order by p.partnerNumber",
                project);
    }

    public Page<Participation> page(Project project, PageRequest request) {
        List<Participation> items = getEntityManager()
                .createQuery(
                        "from Participation p join fetch p.organisation where p.project = :project"
                                + " order by p.partnerNumber",
                        Participation.class)
                .setParameter("project", project)
                .setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
        return request.page(items, count("project", project));
    }

    public Optional<Participation> coordinator(Project project) {
        return find("project = ?1 and role = ?2", project, ParticipationRole.COORDINATOR)
                .firstResultOptional();
    }

    public boolean numberTaken(Project project, int partnerNumber, Participation except) {
        return count(
                        "project = ?1 and partnerNumber = ?2 and id <> ?3",
                        project,
                        partnerNumber,
                        except == null || except.id == null ? -1L : except.id)
                > 0;
    }

    public int nextNumber(Project project) {
        Integer max = getEntityManager()
                .createQuery(
                        "select max(p.partnerNumber) from Participation p where p.project = :project", Integer.class)
                .setParameter("project", project)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** How many work packages, deliverables, events and risks the partner leads, hosts, contributes to or owns. */
    public long planReferences(Participation partner) {
        Object count = getEntityManager()
                .createNativeQuery("""
                select (select count(*) from work_package where lead_id = :id)
                     + (select count(*) from deliverable where lead_id = :id)
                     + (select count(*) from event_host where participation_id = :id)
                     + (select count(*) from deliverable_contributor where participation_id = :id)
                     + (select count(*) from risk where owner_id = :id)""")
                .setParameter("id", partner.id)
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
