package org.consortia.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.overview.ProjectCard;
import org.consortia.overview.ProjectOverview;
import org.consortia.overview.PublicProject;
import org.consortia.security.CurrentUser;
import org.consortia.security.MyProjects;

/** {@code /}: signed in, the caller's projects as cards; anonymous, what the platform is and the public results. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(boolean signedIn, List<ProjectCard> projects,
                List<PublicProject> publicProjects);
    }

    private final CurrentUser user;
    private final MyProjects myProjects;
    private final ProjectOverview overview;

    HomePage(CurrentUser user, MyProjects myProjects, ProjectOverview overview) {
        this.user = user;
        this.myProjects = myProjects;
        this.overview = overview;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        boolean signedIn = !user.isAnonymous();
        return Templates.home(signedIn, signedIn ? overview.cards(myProjects.list()) : List.of(),
                overview.publicProjects());
    }
}
