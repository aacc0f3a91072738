package org.consortia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.consortia");

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
