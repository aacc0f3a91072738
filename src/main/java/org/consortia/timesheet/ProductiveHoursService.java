package org.consortia.timesheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.organisation.Organisation;
import org.consortia.organisation.OrganisationService;
import org.consortia.security.Identity;
import org.consortia.security.People;
import org.consortia.security.Person;

/**
 * Annual productive hours per organisation and per staff member (1,720 unless set), which turn hours into
 * person-months. Read and set by the organisation's supervisors and administrators (403 for others); a closed month
 * keeps those it was closed with.
 */
@ApplicationScoped
public class ProductiveHoursService {

    private final TimesheetRepository sheets;
    private final OrganisationService organisations;
    private final People people;
    private final TimesheetsConfig config;

    ProductiveHoursService(
            TimesheetRepository sheets, OrganisationService organisations, People people, TimesheetsConfig config) {
        this.sheets = sheets;
        this.organisations = organisations;
        this.people = people;
        this.config = config;
    }

    public ProductiveHoursView get(Identity caller, String code) {
        Organisation organisation = supervised(caller, code);
        List<ProductiveHours> all = sheets.productiveHours(organisation);
        Optional<ProductiveHours> own =
                all.stream().filter(h -> h.person == null).findFirst();
        return new ProductiveHoursView(
                organisation.code,
                own.map(h -> h.hours).orElse(config.productiveHours()).setScale(2),
                own.isPresent(),
                all.stream()
                        .filter(h -> h.person != null)
                        .map(h -> new ProductiveHoursView.Person(h.person.username, h.person.name, h.hours))
                        .toList());
    }

    /** Sets the organisation's own hours ({@code username} null) or a staff member's. */
    @Transactional
    public void set(Identity caller, String code, String username, ProductiveHoursInput input) {
        Organisation organisation = supervised(caller, code);
        Person person = username == null ? null : staffMember(organisation, username);
        ProductiveHours hours = setting(organisation, person).orElseGet(() -> {
            ProductiveHours created = new ProductiveHours();
            created.organisation = organisation;
            created.person = person;
            return created;
        });
        hours.hours = input.hours().setScale(2);
        if (hours.id == null) {
            sheets.persist(hours);
        }
    }

    /** Removes a staff member's own hours: the organisation's apply to them again. */
    @Transactional
    public void clear(Identity caller, String code, String username) {
        Organisation organisation = supervised(caller, code);
        setting(organisation, staffMember(organisation, username)).ifPresent(sheets::delete);
    }

    private Optional<ProductiveHours> setting(Organisation organisation, Person person) {
        return sheets.productiveHours(organisation, person).stream()
                .filter(h -> h.person == person)
                .findFirst();
    }

    private Person staffMember(Organisation organisation, String username) {
        return people.byUsername(username)
                .filter(p -> p.identity().organisations().contains(organisation.code))
                .orElseThrow(() -> new InvalidDataProblem(
                        "username", username + " is not a staff member of " + organisation.code + " known here"));
    }

    private Organisation supervised(Identity caller, String code) {
        Organisation organisation =
                organisations.lookUp(code).orElseThrow(() -> new NotFoundProblem("Organisation", code));
        if (!caller.isPlatformAdmin() && !caller.supervises(organisation.code)) {
            throw new ForbiddenProblem("Only the supervisors of " + organisation.code
                    + " and platform administrators set its productive hours");
        }
        return organisation;
    }
}
