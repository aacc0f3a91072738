package org.consortia.deliverable;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consortia.activity.Subject;
import org.consortia.common.QueryLiterals;
import org.consortia.partner.PartnerInput;

/**
 * What the funder's side (a project officer, a regional funder's reviewer) sees of a project's deliverables: the one
 * place that decides it, and every output reads through it (the API, the pages, the exports, the deadlines and feeds,
 * the notices and mails, the periodic report).
 *
 * <p>The funder sees every deliverable of the grant: its existence, title, work package, lead, type, dissemination
 * level, dates, whether it is overdue or was late, and its status in the funder's words ({@link FunderStatus}). Only for
 * what was submitted does it see the submitted version, the delay justification and the comments shared with it. It
 * never sees the internal status, the other files and their names, the comments kept within the consortium, or the
 * internal steps and their dates.
 */
public final class FunderProjection {

    /** The comments the funder reads, on a deliverable it received. */
    public static final Set<Visibility> COMMENTS = EnumSet.of(Visibility.FUNDER);

    private FunderProjection() {}

    /**
     * The funder's word for a deliverable at {@code status}, {@code everSubmitted} or not: a revision the consortium
     * is still preparing stays "revision requested" to the funder.
     */
    public static FunderStatus status(DeliverableStatus status, boolean everSubmitted) {
        return switch (status) {
            case SUBMITTED -> FunderStatus.SUBMITTED;
            case ACCEPTED -> FunderStatus.ACCEPTED;
            case REVISION_REQUESTED -> FunderStatus.REVISION_REQUESTED;
            default -> everSubmitted ? FunderStatus.REVISION_REQUESTED : FunderStatus.NOT_SUBMITTED;
        };
    }

    public static FunderStatus status(Deliverable deliverable) {
        return status(deliverable.status, received(deliverable));
    }

    /** The status its reader is told: the consortium's own, or the funder's words in the funder's view. */
    public static ShownStatus shown(DeliverableStatus status, boolean everSubmitted, boolean funderView) {
        return funderView ? status(status, everSubmitted) : status;
    }

    public static ShownStatus shown(Deliverable deliverable, boolean funderView) {
        return shown(deliverable.status, received(deliverable), funderView);
    }

    /**
     * Content the consortium keeps to itself (a partner's contact person, when it last uploaded): read only for the
     * consortium, nothing in the funder's view.
     */
    public static <T> Optional<T> internal(boolean funderView, Supplier<T> content) {
        return funderView ? Optional.empty() : Optional.ofNullable(content.get());
    }

    /**
     * Whether the funder ever received the deliverable: then its submitted version and shared comments are its to read.
     * A deliverable imported as already submitted has no submission date, but its status says so.
     */
    public static boolean received(Deliverable deliverable) {
        return deliverable.submittedAt != null || DeliverableStatus.SEEN_BY_FUNDER.contains(deliverable.status);
    }

    /**
     * Whether the funder reads the evidence of the deliverable's event that its organisers chose for it (the scanned
     * signed sheets): once the deliverable reached the funder. It never reads the participants' list itself, only its
     * counts.
     */
    public static boolean readsChosenEvidence(DeliverableView deliverable) {
        return deliverable.funderStatus() != FunderStatus.NOT_SUBMITTED;
    }

    /**
     * The JPQL condition on the deliverable {@code alias} that selects those standing at one of {@code statuses} for
     * the funder: {@link #status} as a query, for a filtered and paged list.
     */
    public static String where(Collection<FunderStatus> statuses, String alias) {
        String submittedOnce = alias + ".submittedAt is not null";
        String seen = alias + ".status in " + QueryLiterals.enums(DeliverableStatus.SEEN_BY_FUNDER);
        return statuses.stream()
                .map(status -> switch (status) {
                    case NOT_SUBMITTED -> "not " + received(alias);
                    case SUBMITTED -> is(alias, DeliverableStatus.SUBMITTED);
                    case ACCEPTED -> is(alias, DeliverableStatus.ACCEPTED);
                    case REVISION_REQUESTED ->
                        "(" + is(alias, DeliverableStatus.REVISION_REQUESTED) + " or (" + submittedOnce + " and not "
                                + seen + "))";
                })
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    /** The JPQL condition on the deliverable {@code alias} that it {@link #received(Deliverable) reached the funder}. */
    public static String received(String alias) {
        return "(" + alias + ".submittedAt is not null or " + alias + ".status in "
                + QueryLiterals.enums(DeliverableStatus.SEEN_BY_FUNDER) + ")";
    }

    private static String is(String alias, DeliverableStatus status) {
        return alias + ".status in " + QueryLiterals.enums(List.of(status));
    }

    /**
     * A deliverable as the funder reads it: no internal status, and nothing of the submission until there was one. Its
     * contributors, dependencies and event stay: they are the plan the grant was signed on.
     */
    public static DeliverableView of(DeliverableView deliverable) {
        return new DeliverableView(
                deliverable.code(),
                deliverable.title(),
                deliverable.description(),
                deliverable.workPackage(),
                deliverable.lead(),
                deliverable.contributors(),
                deliverable.kind(),
                deliverable.type(),
                deliverable.disseminationLevel(),
                deliverable.dueMonth(),
                deliverable.dueDate(),
                deliverable.dueDateExplicit(),
                deliverable.forecastDate(),
                null,
                deliverable.funderStatus(),
                deliverable.overdue(),
                deliverable.dependsOn(),
                deliverable.event(),
                deliverable.workflow().submittedAt() == null ? WorkflowState.NONE : deliverable.workflow(),
                deliverable.archived(),
                deliverable.version());
    }

    /** A deliverable in the plan as the funder reads it (the grant's Annex 1): without its internal status. */
    public static DeliverableInput of(DeliverableInput deliverable) {
        return new DeliverableInput(
                deliverable.code(),
                deliverable.title(),
                deliverable.description(),
                deliverable.workPackage(),
                deliverable.lead(),
                deliverable.contributors(),
                deliverable.kind(),
                deliverable.type(),
                deliverable.disseminationLevel(),
                deliverable.dueMonth(),
                deliverable.dueDate(),
                deliverable.forecastDate(),
                null,
                deliverable.dependsOn(),
                deliverable.event());
    }

    /** A partner as the funder reads it: the organisation and its role, not the consortium's contact person. */
    public static PartnerInput of(PartnerInput partner) {
        return new PartnerInput(partner.organisation(), partner.role(), partner.partnerNumber(), null, null);
    }

    /** The comments the funder reads on {@code deliverable}: none before it was submitted. */
    public static Set<Visibility> comments(Deliverable deliverable) {
        return received(deliverable) ? COMMENTS : Set.of();
    }

    /** Whether the funder may download version {@code number}: only the one it received. */
    public static boolean readsFile(Deliverable deliverable, int number) {
        return received(deliverable) && Integer.valueOf(number).equals(deliverable.submittedVersion);
    }

    /**
     * The audit trail's subject of a change of deliverable {@code code} from status {@code before} to {@code after}
     * (null for a creation, or a removal): the funder reads it only if the deliverable was with the funder on every
     * side of it, so that no entry shows a draft, nor the step that brought it to the funder.
     */
    public static Subject change(String code, DeliverableStatus before, DeliverableStatus after) {
        return Subject.deliverable(
                code,
                (before == null || DeliverableStatus.SEEN_BY_FUNDER.contains(before))
                        && (after == null || DeliverableStatus.SEEN_BY_FUNDER.contains(after)));
    }

    /** The audit trail's subject of a comment on {@code deliverable}: the funder's if it reads that comment. */
    public static Subject comment(Deliverable deliverable, Visibility visibility) {
        return Subject.deliverable(deliverable.code, comments(deliverable).contains(visibility));
    }

    /** The audit trail's subject of an upload or a withdrawal: the consortium's own, never the funder's. */
    public static Subject upload(String code) {
        return Subject.deliverable(code, false);
    }
}
