package org.consortia.devmail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the mails page of dev mode, in English ({@code {devmail:dev_mails}} in the templates); the other
 * languages are in {@code messages/devmail_<language>.properties}.
 */
@MessageBundle("devmail")
public interface DevMailMessages {

    @Message("Mails sent (development)")
    String dev_mails();

    @Message(
            "In dev mode the platform sends its mails to a mail server of its own (GreenMail); here is what it received since the last start, newest first.")
    String dev_mails_intro();

    @Message("No mail yet. Notices are mailed within seconds of the change that causes them.")
    String dev_mails_none();

    @Message("From")
    String dev_mail_from();

    @Message("To")
    String dev_mail_to();

    @Message("Subject")
    String dev_mail_subject();

    @Message("Sent")
    String dev_mail_sent();

    @Message("The mail as HTML")
    String dev_mail_html();
}
