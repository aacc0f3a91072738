package org.consortia.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The column headings and values of the exported lists, in English; the other languages are in
 * {@code messages/export_<language>.properties}.
 */
@MessageBundle("export")
public interface ExportMessages {

    @Message(
            "{#when column}{#is 'code'}Code{#is 'deliverable'}Deliverable{#is 'title'}Title{#is 'workPackage'}Work package"
                    + "{#is 'lead'}Lead partner{#is 'kind'}Kind{#is 'type'}Type{#is 'disseminationLevel'}Dissemination level"
                    + "{#is 'dueDate'}Due date{#is 'dueMonth'}Due month{#is 'status'}Status{#is 'submittedOn'}Submitted on"
                    + "{#is 'overdue'}Overdue{#is 'plannedDate'}Planned date{#is 'actualDate'}Actual date{#is 'country'}Country"
                    + "{#is 'city'}City{#is 'endDate'}Last day{#is 'mode'}Mode{#is 'venue'}Venue{#is 'hosts'}Host partners{#is 'languages'}Working languages"
                    + "{#is 'targetGroups'}Target groups{#is 'registrationDeadline'}Registration deadline{#is 'expectedParticipants'}Expected participants"
                    + "{#is 'actualParticipants'}Actual participants{#else}{column}{/when}")
    String export_column(String column);

    @Message("{#if value}yes{#else}no{/if}")
    String export_yes_no(boolean value);
}
