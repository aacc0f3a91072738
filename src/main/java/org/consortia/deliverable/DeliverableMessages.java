package org.consortia.deliverable;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a deliverable's values (status, kind, type, dissemination level) and of its workflow's moves, in English ({@code {deliverable:status(…)}} in the templates); the other languages are in
 * {@code messages/deliverable_<language>.properties}.
 */
@MessageBundle("deliverable")
public interface DeliverableMessages {

    @Message("{#when status}{#is PLANNED}Planned{#is IN_PROGRESS}In progress{#is IN_INTERNAL_REVIEW}In internal review"
            + "{#is CHANGES_REQUESTED}Changes requested{#is APPROVED}Approved{#is SUBMITTED}Submitted"
            + "{#is ACCEPTED}Accepted{#is REVISION_REQUESTED}Revision requested{/when}")
    String status(DeliverableStatus status);

    @Message("{#when kind}{#is STUDY}Study{#is REPORT}Report{#is THEMATIC_MEETING}Thematic meeting"
            + "{#is JOINT_DOCUMENT}Joint document{#is TRAINING}Training{#is NATIONAL_EVENT}National event"
            + "{#is CONFERENCE}Conference{#is OTHER}Other{/when}")
    String kind(DeliverableKind kind);

    @Message("{#when to}{#is IN_PROGRESS}Start the work{#is IN_INTERNAL_REVIEW}Send to internal review"
            + "{#is CHANGES_REQUESTED}Request changes{#is APPROVED}Approve{#is SUBMITTED}Submit to the funder"
            + "{#is ACCEPTED}Accept{#is REVISION_REQUESTED}Ask for a revision{#else}{to}{/when}")
    String move_to(DeliverableStatus to);

    @Message("{#when type}{#is R}R – Document, report{#is DEM}DEM – Demonstrator, pilot, prototype"
            + "{#is DEC}DEC – Websites, patent filings, videos, etc.{#is DATA}DATA – Data sets, microdata, etc."
            + "{#is DMP}DMP – Data management plan{#is ETHICS}ETHICS – Deliverables related to ethics issues"
            + "{#is SECURITY}SECURITY – Deliverables related to security issues"
            + "{#is OTHER}OTHER – Software, technical diagram, etc.{/when}")
    String plan_type(DeliverableType type);

    @Message(
            "{#when level}{#is PU}PU – Public{#is SEN}SEN – Sensitive, limited to the consortium and the funder{/when}")
    String plan_dissemination(DisseminationLevel level);
}
