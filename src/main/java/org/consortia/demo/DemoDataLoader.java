package org.consortia.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.consortia.plandocument.PlanDocument;
import org.consortia.plandocument.PlanDocuments;
import org.consortia.plandocument.PlanImporter;
import org.consortia.project.ProjectService;
import org.jboss.logging.Logger;

/**
 * Imports the demo projects at start-up when enabled; a project that already exists is left as it is. On a fresh
 * database, the demo's timesheets and statements follow ({@link DemoFinances}).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final PlanDocuments documents;
    private final PlanImporter importer;
    private final ProjectService projects;
    private final DemoFinances finances;

    DemoDataLoader(
            DemoConfig config,
            PlanDocuments documents,
            PlanImporter importer,
            ProjectService projects,
            DemoFinances finances) {
        this.config = config;
        this.documents = documents;
        this.importer = importer;
        this.projects = projects;
        this.finances = finances;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        boolean imported = false;
        for (String document : config.documents()) {
            imported |= load(document);
        }
        if (imported) {
            config.finances().forEach(document -> {
                finances.load(document);
                LOG.infof("Loaded the demo's timesheets and statements from %s", document);
            });
        }
    }

    /** Imports a demo project unless it exists; returns whether it did. */
    private boolean load(String resource) {
        PlanDocument plan = read(resource);
        if (projects.exists(plan.project().acronym())) {
            LOG.infof(
                    "Demo project %s already exists; left as it is",
                    plan.project().acronym());
            return false;
        }
        importer.importPlan(plan, true);
        LOG.infof("Imported demo project %s from %s", plan.project().acronym(), resource);
        return true;
    }

    private PlanDocument read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo document " + resource + " is not on the class path");
            }
            return documents.readYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo document " + resource, e);
        }
    }
}
