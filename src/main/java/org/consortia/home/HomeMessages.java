package org.consortia.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The home page's texts, in English ({@code {home:tagline}} in the templates); the other languages are in
 * {@code messages/home_<language>.properties}.
 */
@MessageBundle("home")
public interface HomeMessages {

    @Message("Home")
    String home_title();

    @Message("Run your multi-partner, publicly funded project together: the plan, the deliverables and who owes what.")
    String tagline();

    @Message("For lead coordinators who plan and follow the work, partner organisations who deliver it, and the"
            + " funder's reviewers who read what was submitted.")
    String who_for();

    @Message("Your projects")
    String your_projects();

    @Message("You take part in no project yet.")
    String no_projects();

    @Message("The first {shown} of {total} projects, by acronym.")
    String first_projects(int shown, long total);

    @Message("Your role")
    String your_role();

    @Message("{accepted} of {total} deliverables")
    String accepted_of(int accepted, int total);

    @Message("Next deadline")
    String next_deadline();
}
