package org.consortia.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Page<OrganisationView> page(PageRequest request) {
        return organisations.page(request).map(OrganisationView::of);
    }

    public OrganisationView get(String code) {
        return OrganisationView.of(find(code));
    }

    /** The organisation with this code, or a 404 naming it. */
    public Organisation find(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new NotFoundProblem("Organisation", code));
    }

    public Optional<Organisation> lookUp(String code) {
        return organisations.findByCode(code);
    }

    /** The organisations among {@code codes} that exist, in one query. */
    public List<Organisation> findAll(Collection<String> codes) {
        return organisations.findByCodes(codes);
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        if (organisations.findByCode(input.code()).isPresent()) {
            throw new ConflictProblem("code", "an organisation with code " + input.code() + " already exists");
        }
        Organisation organisation = new Organisation();
        organisation.code = input.code();
        apply(input, organisation);
        organisations.persist(organisation);
        organisations.flush();
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView update(String code, String ifMatch, OrganisationInput input) {
        if (!code.equals(input.code())) {
            throw new InvalidDataProblem("code", "the code cannot be changed (it is " + code + ")");
        }
        Organisation organisation = find(code);
        EntityTags.requireMatch(ifMatch, organisation.version);
        apply(input, organisation);
        organisations.flush();
        return OrganisationView.of(organisation);
    }

    /** Creates the organisation or brings it in line with {@code input}: what a plan import does. */
    @Transactional
    public Organisation upsert(OrganisationInput input) {
        Organisation organisation = organisations.findByCode(input.code()).orElseGet(() -> {
            Organisation created = new Organisation();
            created.code = input.code();
            return created;
        });
        apply(input, organisation);
        if (!organisations.isPersistent(organisation)) {
            organisations.persist(organisation);
        }
        return organisation;
    }

    private static void apply(OrganisationInput input, Organisation organisation) {
        organisation.legalName = input.legalName().strip();
        organisation.country = input.country();
        organisation.type = input.type();
        organisation.pic = input.pic();
        organisation.website = input.website();
    }
}
