package org.consortia.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.consortia.plandocument.PlanDocument;
import org.consortia.plandocument.PlanDocuments;
import org.consortia.plandocument.PlanImporter;
import org.consortia.project.ProjectService;
import org.jboss.logging.Logger;

/**
 * Imports the demo projects at start-up when enabled; a project that already exists is left as it is. On a fresh
 * database, the demo's timesheets and statements follow ({@link DemoFinances}), then the participants of an event
 * ({@link DemoParticipants}), when the projects they name were imported on this start.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final PlanDocuments documents;
    private final PlanImporter importer;
    private final ProjectService projects;
    private final DemoFinances finances;
    private final DemoParticipants participants;

    DemoDataLoader(
            DemoConfig config,
            PlanDocuments documents,
            PlanImporter importer,
            ProjectService projects,
            DemoFinances finances,
            DemoParticipants participants) {
        this.config = config;
        this.documents = documents;
        this.importer = importer;
        this.projects = projects;
        this.finances = finances;
        this.participants = participants;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        Set<String> imported = new HashSet<>();
        for (String document : config.documents()) {
            load(document).ifPresent(imported::add);
        }
        for (String document : config.finances()) {
            if (finances.load(document, imported)) {
                LOG.infof("Loaded the demo's timesheets and statements from %s", document);
            }
        }
        for (String document : config.participants()) {
            if (participants.load(document, imported)) {
                LOG.infof("Loaded the participants of a demo event from %s", document);
            }
        }
    }

    /** Imports a demo project unless it exists; returns its acronym when it did. */
    private Optional<String> load(String resource) {
        PlanDocument plan = read(resource);
        String acronym = plan.project().acronym();
        if (projects.exists(acronym)) {
            LOG.infof("Demo project %s already exists; left as it is", acronym);
            return Optional.empty();
        }
        importer.importPlan(plan, true);
        LOG.infof("Imported demo project %s from %s", acronym, resource);
        return Optional.of(acronym);
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
