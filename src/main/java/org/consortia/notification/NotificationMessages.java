package org.consortia.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What each kind of notice says (its mail's subject and opening, its choice in the settings), the notifications page
 * and the mails' other texts, in English ({@code {notification:mail_subject(…)}} in the templates); the other
 * languages are in {@code messages/notification_<language>.properties}.
 */
@MessageBundle("notification")
public interface NotificationMessages {

    @Message("[{project}] {#when kind}{#is REVIEW_REQUESTED}Review requested{#is CHANGES_REQUESTED}Changes requested"
            + "{#is APPROVED}Approved internally{#is SUBMITTED}Submitted to the funder{#is ACCEPTED}Accepted by the funder"
            + "{#is REVISION_REQUESTED}Revision requested by the funder{#is REMINDER}Deadline coming"
            + "{#is OVERDUE}Overdue{#is DIGEST}Your week{#is COMMENTED}A comment for you{#is REPORT_SUBMITTED}Progress report to review"
            + "{#is REPORT_DECIDED}The funder's decision on the progress report{#is AMENDMENT_REQUESTED}Amendment to decide"
            + "{#is AMENDMENT_DECIDED}Amendment decided{#is REGISTRATION_CONFIRMATION}Confirm your registration"
            + "{#is SURVEY_INVITATION}How was the event?"
            + "{/when}{#if code}: {code}{/if}")
    String mail_subject(NotificationKind kind, String project, String code);

    @Message("{#when kind}{#is REVIEW_REQUESTED}A lead partner asks you to review a deliverable."
            + "{#is CHANGES_REQUESTED}The coordinator asks for changes to a deliverable your organisation leads."
            + "{#is APPROVED}The coordinator approved a deliverable your organisation leads."
            + "{#is SUBMITTED}A deliverable was submitted to the funder and awaits your review."
            + "{#is ACCEPTED}The funder accepted a deliverable."
            + "{#is REVISION_REQUESTED}The funder asks for a revision of a deliverable."
            + "{#is REMINDER}A deadline your organisation answers for is coming (the date is below)."
            + "{#is OVERDUE}A deadline has passed and the obligation is not met yet (it was due on the date below)."
            + "{#is DIGEST}The week of a project you coordinate: what is overdue, what falls due in the next 30 days,"
            + " how much changed.{#is COMMENTED}Someone addressed a comment to you (or to your organisation)."
            + "{#is REPORT_SUBMITTED}The coordinator submitted a periodic progress report: it awaits your review."
            + "{#is REPORT_DECIDED}The funder accepted a progress report of your project, or asked for changes (below)."
            + "{#is AMENDMENT_REQUESTED}The coordinator asks to move a contractual date, for the reason below: it awaits"
            + " your decision.{#is AMENDMENT_DECIDED}An amendment of a contractual date of your project was approved"
            + " or refused (below).{#is REGISTRATION_CONFIRMATION}You registered for the event below. Confirm your"
            + " registration with the link below within 48 hours: until then, you are not on the list. If it was not"
            + " you, ignore this mail; what was typed is erased when the link expires.{#is SURVEY_INVITATION}Thank you"
            + " for attending the event below. Its organisers would like to know what you thought of it: a few"
            + " questions, two minutes, through the link below. Your answers are anonymous: nobody sees who answered"
            + " what. The link works once.{/when}")
    String mail_intro(NotificationKind kind);

    @Message(
            "{#when kind}{#is REVIEW_REQUESTED}a deliverable awaits my internal review{#is CHANGES_REQUESTED}changes are asked of my organisation"
                    + "{#is APPROVED}my organisation's deliverable is approved{#is SUBMITTED}a deliverable is submitted for my review"
                    + "{#is ACCEPTED}the funder accepts a deliverable{#is REVISION_REQUESTED}the funder asks for a revision"
                    + "{#is REMINDER}a deadline of my organisation comes near{#is OVERDUE}something is overdue (then every week)"
                    + "{#is DIGEST}a week begins (the digest of the projects I coordinate)"
                    + "{#is COMMENTED}a comment is addressed to me or to my organisation"
                    + "{#is REPORT_SUBMITTED}a progress report is submitted for my review"
                    + "{#is REPORT_DECIDED}the funder decides on a progress report I coordinate"
                    + "{#is AMENDMENT_REQUESTED}an amendment awaits my decision"
                    + "{#is AMENDMENT_DECIDED}an amendment of a project I coordinate is decided"
                    + "{#is REGISTRATION_CONFIRMATION}someone registers for an event (to them only)"
                    + "{#is SURVEY_INVITATION}someone attended an event (to them only){/when}")
    String mail_kind(NotificationKind kind);

    @Message("No notification yet.")
    String no_notifications();

    @Message("unread")
    String unread();

    @Message("{count} changes in the last 7 days.")
    String digest_changes(long count);

    @Message(
            "You receive this because of your role in the project. Choose which notices you get by mail in your settings on Consortia.")
    String mail_footer();

    @Message(
            "You receive this as your organisation's contact address in {project}. Your organisation or the project's coordinator can change that address on Consortia; sign in to choose which notices you get.")
    String mail_footer_contact(String project);

    @Message(
            "You receive this because this address is on the list of an event of {project}, given when registering or by its organisers.")
    String mail_footer_participant(String project);

    /** A periodic report in a notice's title, after its code. */
    @Message("periodic report")
    String periodic_report();
}
