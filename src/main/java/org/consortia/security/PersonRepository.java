package org.consortia.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    /** Everyone the platform still knows: the people to look up in the identity provider. */
    public List<String> subjectsNotDeparted() {
        return getEntityManager()
                .createQuery("select p.subject from Person p where p.status <> :departed", String.class)
                .setParameter("departed", PersonStatus.DEPARTED)
                .getResultList();
    }

    /** The person with this user name: the one still active when an account of that name left and came back. */
    public Optional<Person> findByUsername(String username) {
        return find(
                        "username = ?1 order by case when status = ?2 then 0 else 1 end, id desc",
                        username,
                        PersonStatus.ACTIVE)
                .firstResultOptional();
    }

    public Optional<Person> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
