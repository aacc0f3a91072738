package org.consortia.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.overview.ProjectCard;
import org.consortia.overview.ProjectOverview;
import org.consortia.overview.PublicProject;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.CurrentUser;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.MyProjects;
import org.consortia.security.Standing;

/** {@code /}: signed in, the caller's projects as cards; anonymous, what the platform is and the public results. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                boolean signedIn, List<ProjectCard> projects, long allProjects, List<PublicProject> publicProjects);
    }

    /** How many projects an administrator's home page shows as cards (the first, by acronym). */
    static final int ADMIN_CARDS = 60;

    private final CurrentUser user;
    private final MyProjects myProjects;
    private final ProjectService projects;
    private final ProjectOverview overview;

    HomePage(CurrentUser user, MyProjects myProjects, ProjectService projects, ProjectOverview overview) {
        this.user = user;
        this.myProjects = myProjects;
        this.projects = projects;
        this.overview = overview;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        if (user.isAnonymous()) {
            return Templates.home(false, List.of(), 0, overview.publicProjects());
        }
        if (user.isPlatformAdmin()) {
            // An administrator takes part in no project but may open them all: the first ones as cards.
            Page<ProjectView> all = projects.page(PageRequest.of(0, ADMIN_CARDS));
            List<ProjectRole> roles = all.items().stream()
                    .map(p -> new ProjectRole(p.acronym(), p.title(), Standing.Level.ADMIN, null, null))
                    .toList();
            return Templates.home(true, overview.cards(roles), all.total(), overview.publicProjects());
        }
        List<ProjectCard> cards = overview.cards(myProjects.list());
        return Templates.home(true, cards, cards.size(), overview.publicProjects());
    }
}
