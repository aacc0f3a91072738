package org.consortia.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.ProblemException;
import org.consortia.organisation.Organisation;
import org.consortia.organisation.OrganisationService;
import org.consortia.project.Project;

@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;
    private final OrganisationService organisations;
    private final ActivityLog activity;
    private final Event<PartnerRemoving> removing;

    PartnerService(
            PartnerRepository partners,
            OrganisationService organisations,
            ActivityLog activity,
            Event<PartnerRemoving> removing) {
        this.partners = partners;
        this.organisations = organisations;
        this.activity = activity;
        this.removing = removing;
    }

    public Page<PartnerView> page(Project project, PageRequest request) {
        return partners.page(project, request).map(PartnerView::of);
    }

    public PartnerView get(Project project, String organisationCode) {
        return PartnerView.of(find(project, organisationCode));
    }

    /** The participation of this organisation in the project, or a 404 naming it. */
    public Participation find(Project project, String organisationCode) {
        return partners.findByCode(project, organisationCode)
                .orElseThrow(() -> new NotFoundProblem("Partner", organisationCode + " in " + project.acronym));
    }

    /** The partner an input field names, or a 400 on that field when the organisation is not a partner. */
    public Participation require(Project project, String organisationCode, String field) {
        return requireAll(project, List.of(organisationCode), field).get(0);
    }

    /** The partners an input field names, in the same order, in one query. */
    public List<Participation> requireAll(Project project, Collection<String> organisationCodes, String field) {
        Set<String> codes = new LinkedHashSet<>(organisationCodes);
        Map<String, Participation> byCode = partners.findByCodes(project, codes).stream()
                .collect(Collectors.toMap(Participation::code, Function.identity()));
        return codes.stream()
                .map(code -> {
                    Participation partner = byCode.get(code);
                    if (partner == null) {
                        throw new InvalidDataProblem(field, code + " is not a partner of " + project.acronym);
                    }
                    return partner;
                })
                .toList();
    }

    @Transactional
    public PartnerView add(Project project, PartnerInput input) {
        Organisation organisation = organisations
                .lookUp(input.organisation())
                .orElseThrow(() -> new InvalidDataProblem(
                        "organisation", "no organisation has code " + input.organisation() + "; create it first"));
        if (partners.findByCode(project, input.organisation()).isPresent()) {
            throw new ConflictProblem(
                    "organisation", input.organisation() + " is already a partner of " + project.acronym);
        }
        Participation partner = new Participation();
        partner.project = project;
        partner.organisation = organisation;
        apply(input, partner);
        partners.persist(partner);
        partners.flush();
        PartnerView view = PartnerView.of(partner);
        activity.record(project, Subject.partner(view.organisation()), "ADDED", null, view);
        return view;
    }

    @Transactional
    public PartnerView update(Project project, String organisationCode, String ifMatch, PartnerInput input) {
        if (!organisationCode.equals(input.organisation())) {
            throw new InvalidDataProblem(
                    "organisation", "the organisation of a partner cannot be changed (it is " + organisationCode + ")");
        }
        Participation partner = find(project, organisationCode);
        EntityTags.requireMatch(ifMatch, partner.version);
        PartnerView before = PartnerView.of(partner);
        apply(input, partner);
        partners.flush();
        PartnerView after = PartnerView.of(partner);
        activity.recordChange(project, Subject.partner(organisationCode), before, after);
        return after;
    }

    private void upsert(Project project, Organisation organisation, PartnerInput input, int index) {
        try {
            if (organisation == null) {
                throw new InvalidDataProblem(
                        "organisation",
                        "no organisation has code " + input.organisation() + "; list it under organisations");
            }
            upsert(project, organisation, input);
        } catch (ProblemException e) {
            throw e.under("[" + index + "]");
        }
    }

    private void upsert(Project project, Organisation organisation, PartnerInput input) {
        Participation partner = partners.findByCode(project, organisation.code).orElseGet(() -> {
            Participation created = new Participation();
            created.project = project;
            created.organisation = organisation;
            return created;
        });
        apply(input, partner);
        if (!partners.isPersistent(partner)) {
            partners.persist(partner);
        }
        partners.flush();
    }

    /**
     * Brings the project's partners in line with a plan document, leaving those it does not list for
     * {@link #removeAllExcept}. Partners that change number or lose the coordinator role step aside
     * first, so numbers can be swapped and coordination handed over in one document.
     */
    @Transactional
    public void upsertAll(Project project, List<PartnerInput> inputs, Map<String, Organisation> organisations) {
        Map<String, Participation> current =
                partners.listAll(project).stream().collect(Collectors.toMap(Participation::code, Function.identity()));
        List<Integer> numbers = numbering(inputs, current);
        Map<String, Integer> numberOf = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            numberOf.put(inputs.get(i).organisation(), numbers.get(i));
        }
        Set<String> coordinators = inputs.stream()
                .filter(input -> input.role() == ParticipationRole.COORDINATOR)
                .map(PartnerInput::organisation)
                .collect(Collectors.toSet());
        boolean steppedAside = false;
        for (Participation partner : current.values()) {
            if (!Integer.valueOf(partner.partnerNumber).equals(numberOf.get(partner.code()))) {
                partner.partnerNumber = -partner.partnerNumber;
                steppedAside = true;
            }
            if (partner.role == ParticipationRole.COORDINATOR && !coordinators.contains(partner.code())) {
                partner.role = ParticipationRole.BENEFICIARY;
                steppedAside = true;
            }
        }
        if (steppedAside) {
            partners.flush();
        }
        for (int i = 0; i < inputs.size(); i++) {
            PartnerInput input = inputs.get(i);
            upsert(
                    project,
                    organisations.get(input.organisation()),
                    new PartnerInput(
                            input.organisation(),
                            input.role(),
                            numbers.get(i),
                            input.contactName(),
                            input.contactEmail()),
                    i);
        }
    }

    /** The document's partner numbers, or else a partner's present one, or else the lowest free one. */
    private static List<Integer> numbering(List<PartnerInput> inputs, Map<String, Participation> current) {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Integer number = inputs.get(i).partnerNumber();
            if (number != null && !used.add(number)) {
                throw new InvalidDataProblem(
                        "[" + i + "].partnerNumber", "partner number " + number + " is given twice");
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (PartnerInput input : inputs) {
            Integer number = input.partnerNumber();
            if (number == null) {
                Participation existing = current.get(input.organisation());
                number = existing != null && existing.partnerNumber > 0 && used.add(existing.partnerNumber)
                        ? existing.partnerNumber
                        : lowestFree(used);
            }
            numbers.add(number);
        }
        return numbers;
    }

    private static int lowestFree(Set<Integer> used) {
        int number = 1;
        while (!used.add(number)) {
            number++;
        }
        return number;
    }

    /** Removes the partners whose organisation is not among {@code kept}. */
    @Transactional
    public void removeAllExcept(Project project, Set<String> kept) {
        partners.listAll(project).stream()
                .filter(partner -> !kept.contains(partner.code()))
                .forEach(partner -> remove(project, partner));
    }

    public List<PartnerInput> export(Project project) {
        return partners.listAll(project).stream()
                .map(p -> new PartnerInput(p.code(), p.role, p.partnerNumber, p.contactName, p.contactEmail))
                .toList();
    }

    /** The organisations taking part in the project, by partner number. */
    public List<Organisation> organisations(Project project) {
        return partners.listAll(project).stream().map(p -> p.organisation).toList();
    }

    @Transactional
    public void remove(Project project, String organisationCode) {
        remove(project, find(project, organisationCode));
    }

    private void remove(Project project, Participation partner) {
        String organisationCode = partner.code();
        if (partner.role == ParticipationRole.COORDINATOR) {
            throw new ConflictProblem(
                    "role",
                    organisationCode + " coordinates " + project.acronym + "; make another partner coordinator first");
        }
        long references = partners.planReferences(partner);
        if (references > 0) {
            throw new ConflictProblem(
                    "organisation",
                    organisationCode + " still leads, hosts, contributes to or owns " + references
                            + " item(s) (work packages, deliverables, events, risks); reassign them first");
        }
        removing.fire(new PartnerRemoving(partner));
        activity.record(project, Subject.partner(organisationCode), "REMOVED", PartnerView.of(partner), null);
        partners.delete(partner);
    }

    private void apply(PartnerInput input, Participation partner) {
        if (input.role() == ParticipationRole.COORDINATOR) {
            partners.coordinator(partner.project)
                    .filter(current -> current != partner)
                    .ifPresent(current -> {
                        throw new ConflictProblem(
                                "role",
                                current.code() + " already coordinates " + partner.project.acronym
                                        + "; a project has exactly one coordinator");
                    });
        }
        int number = input.partnerNumber() != null
                ? input.partnerNumber()
                : partner.partnerNumber > 0 ? partner.partnerNumber : partners.nextNumber(partner.project);
        if (partners.numberTaken(partner.project, number, partner)) {
            throw new ConflictProblem(
                    "partnerNumber", "partner number " + number + " is already taken in " + partner.project.acronym);
        }
        partner.role = input.role();
        partner.partnerNumber = number;
        partner.contactName = input.contactName();
        partner.contactEmail = input.contactEmail();
    }
}
