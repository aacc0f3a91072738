package org.consortia.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.security.CurrentUser;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.MyProjects;

/** {@code /}: what the platform is and a way in; once signed in, who you are and your projects. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser user, List<ProjectRole> projects);
    }

    private final CurrentUser user;
    private final MyProjects projects;

    HomePage(CurrentUser user, MyProjects projects) {
        this.user = user;
        this.projects = projects;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(user, user.isAnonymous() ? List.of() : projects.list());
    }
}
