package org.consortia.devmail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.common.NotFoundProblem;

/**
 * {@code /dev/mails} (dev mode only): the mails the platform sent, newest first, and each one's text and
 * HTML; open to anyone, like the rest of dev mode's tools.
 */
@IfBuildProfile("dev")
@Path("/dev/mails")
@PermitAll
public class DevMailPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mails(List<DevMail> mails);

        static native TemplateInstance mail(DevMail mail);
    }

    private final DevMailServer server;

    DevMailPage(DevMailServer server) {
        this.server = server;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.mails(server.mailbox().mails());
    }

    @GET
    @Path("{number:[0-9]{1,9}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance one(@PathParam("number") int number) {
        return Templates.mail(
                server.mailbox().mail(number).orElseThrow(() -> new NotFoundProblem("Mail", Integer.toString(number))));
    }

    /** The mail's HTML part as its recipient's mail program shows it. */
    @GET
    @Path("{number:[0-9]{1,9}}/html")
    @Produces(MediaType.TEXT_HTML)
    public String html(@PathParam("number") int number) {
        return server.mailbox()
                .mail(number)
                .map(DevMail::html)
                .orElseThrow(() -> new NotFoundProblem("Mail", Integer.toString(number)));
    }
}
