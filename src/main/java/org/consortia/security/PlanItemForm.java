package org.consortia.security;

import jakarta.inject.Inject;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.web.ItemFields;
import org.consortia.web.ItemFormResource;

/**
 * The form of one item of a project's plan (a work package, a deliverable, a milestone): only those who manage the
 * plan reach it ({@link AccessPolicy#managed}), and a saved item leads back to the plan.
 */
public abstract class PlanItemForm<F extends ItemFields<I>, I> extends ItemFormResource<Project, F, I> {

    @Inject
    ProjectService projects;

    @Inject
    AccessPolicy access;

    @Override
    protected Project managed(String acronym) {
        return access.managed(projects.find(acronym));
    }

    @Override
    protected String back(Project project) {
        return project.planPath();
    }
}
