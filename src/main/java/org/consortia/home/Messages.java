package org.consortia.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The visible text of the pages; French in messages/msg_fr.properties. */
@MessageBundle
public interface Messages {

    @Message("Consortia")
    String app_name();

    @Message("Run your multi-partner, publicly funded project together: the plan, the deliverables and who owes what.")
    String tagline();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Your projects")
    String your_projects();

    @Message("You take part in no project yet.")
    String no_projects();
}
