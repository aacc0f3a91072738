package org.consortia.workpackage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The work package form's own texts, in English ({@code {workpackage:plan_hint_number}} in the template); the other
 * languages are in {@code messages/workpackage_<language>.properties}.
 */
@MessageBundle("workpackage")
public interface WorkPackageMessages {

    @Message("WP followed by its number, e.g. WP3. It cannot be changed later.")
    String plan_hint_number();

    @Message("A project month, from 1 to {total}.")
    String plan_hint_month(int total);
}
