package org.consortia.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consortia.security.MeView.ProjectRole;

/** The projects the caller takes part in, with their standing in each: for /api/me and the home page. */
@RequestScoped
public class MyProjects {

    private final AccessPolicy access;
    private final EntityManager entityManager;

    MyProjects(AccessPolicy access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
    }

    public List<ProjectRole> list() {
        CurrentUser user = access.user();
        List<ProjectRole> projects = new ArrayList<>();
        if (!user.organisations().isEmpty()) {
            entityManager.createQuery("select p.acronym, p.title, o.code, pa.role from Participation pa"
                            + " join pa.project p join pa.organisation o where o.code in :codes", Object[].class)
                    .setParameter("codes", user.organisations())
                    .getResultList()
                    .forEach(row -> {
                        String role = row[3].toString();
                        Standing.Level level = user.actsAsCoordinator("COORDINATOR".equals(role))
                                ? Standing.Level.COORDINATOR : Standing.Level.PARTNER;
                        projects.add(new ProjectRole((String) row[0], (String) row[1], level, (String) row[2], role));
                    });
        }
        if (user.hasRole(CurrentUser.REVIEWER)) {
            entityManager.createQuery("select p.acronym, p.title from ReviewerAssignment r join r.project p"
                            + " where r.username = :username", Object[].class)
                    .setParameter("username", user.username())
                    .getResultList()
                    .forEach(row -> projects.add(new ProjectRole((String) row[0], (String) row[1],
                            Standing.Level.REVIEWER, null, null)));
        }
        projects.sort(Comparator.comparing(ProjectRole::acronym));
        return projects;
    }
}
