package org.consortia.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The settings page's texts, in English ({@code {settings:calendar_intro}} in the templates); the other languages are
 * in {@code messages/settings_<language>.properties}.
 */
@MessageBundle("settings")
public interface SettingsMessages {

    // --- Language -------------------------------------------------------------
    @Message("The language of the pages; your browser's language is used until you choose.")
    String language_intro();

    // --- Calendar link --------------------------------------------------------
    @Message("Calendar")
    String calendar();

    @Message(
            "A secret link your calendar application (Outlook, Google Calendar, Thunderbird…) subscribes to: the deadlines of your projects, kept up to date.")
    String calendar_intro();

    @Message("Your new calendar link: copy it now, it is shown only this once.")
    String calendar_new_link();

    @Message("All your projects")
    String calendar_all_projects();

    @Message("Or one project only:")
    String calendar_one_project();

    @Message("Anyone with the link sees these deadlines: keep it to yourself. A new link replaces this one.")
    String calendar_keep_secret();

    @Message("You have a calendar link, created on {date}. It is not shown again; replace it if you lost it.")
    String calendar_exists(String date);

    @Message("You have no calendar link yet.")
    String calendar_none();

    @Message("Create my calendar link")
    String calendar_create();

    @Message("Replace my calendar link")
    String calendar_regenerate();

    @Message("Revoke my calendar link")
    String calendar_revoke();

    @Message("Your calendar link no longer works.")
    String calendar_revoked();

    // --- Mails ----------------------------------------------------------------
    @Message("Mails")
    String mail_choices();

    @Message(
            "Every notice appears under Notifications; choose which ones also reach you by mail, and in which language.")
    String mail_choices_intro();

    @Message("Send me a mail when")
    String mail_kinds();

    @Message("Language of the mails")
    String mail_language();

    @Message("The platform's language")
    String mail_language_default();

    @Message("Save")
    String save();

    @Message("Your choices for mails are saved.")
    String mail_choices_saved();
}
