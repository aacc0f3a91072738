package org.consortia;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.TransactionLocks;
import org.consortia.deadline.DeadlineService;
import org.consortia.notification.Digests;
import org.consortia.notification.Recipients;
import org.consortia.operations.PlatformMetrics;
import org.consortia.overview.ProjectOverview;
import org.consortia.project.ProjectResource;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.security.CurrentUser;
import org.consortia.security.Standings;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.consortia");

    /**
     * No package reaches back to one that reaches it, but for the core loop of docs/architecture.md: every feature
     * hangs off a project ({@code project}); whether someone may see or change it is decided by project
     * ({@code security} → {@code project}); and what they did is logged by project and person ({@code activity}).
     * The project's own API is the one feature of the three that checks access and logs: those back edges, and only
     * those, are accepted.
     */
    @Test
    void packagesFormNoCycleButTheCoreLoop() {
        slices().matching("org.consortia.(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(belongToAnyOf(ProjectResource.class), belongToAnyOf(AccessPolicy.class))
                .ignoreDependency(belongToAnyOf(ProjectResource.class), belongToAnyOf(CurrentUser.class))
                .ignoreDependency(belongToAnyOf(ProjectService.class), belongToAnyOf(ActivityLog.class))
                .ignoreDependency(belongToAnyOf(ProjectService.class), belongToAnyOf(Subject.class))
                .check(CLASSES);
    }

    @Test
    void commonKnowsNoOtherPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.consortia.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.consortia..").and(not(resideInAPackage("org.consortia.common.."))))
                .check(CLASSES);
    }

    @Test
    void webKnowsOnlyCommon() {
        noClasses()
                .that()
                .resideInAPackage("org.consortia.web..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.consortia..")
                        .and(not(resideInAnyPackage("org.consortia.web..", "org.consortia.common.."))))
                .check(CLASSES);
    }

    /**
     * Queries live in repositories, and in the read models that gather several features' rows for one view (each
     * named here) and the advisory lock of the periodic jobs.
     */
    @Test
    void onlyRepositoriesAndReadModelsUseTheEntityManager() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and(not(belongToAnyOf(
                        ProjectOverview.class,
                        Standings.class,
                        DeadlineService.class,
                        Digests.class,
                        Recipients.class,
                        PlatformMetrics.class,
                        TransactionLocks.class)))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void resourcesGoThroughServicesNotRepositories() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void aRepositoryServesOnlyItsOwnFeature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should(beUsedOnlyInTheirOwnPackage())
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnThePlanDocumentsOrTheDemo() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.consortia.plandocument..", "org.consortia.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.consortia.plandocument..", "org.consortia.demo..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(use -> !use.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(use -> events.add(SimpleConditionEvent.violated(use, use.getDescription())));
            }
        };
    }
}
