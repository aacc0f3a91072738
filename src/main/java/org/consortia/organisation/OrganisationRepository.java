package org.consortia.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Organisation> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    public Page<Organisation> page(PageRequest request) {
        var query = findAll(Sort.by("code")).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
