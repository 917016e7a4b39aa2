package io.pactum.chassis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The chassis holds nothing domain-specific: it knows no service and no context's events but the directory's. */
@AnalyzeClasses(packages = "io.pactum.chassis", importOptions = ImportOption.DoNotIncludeTests.class)
class ChassisArchitectureTest {

    @ArchTest
    static final ArchRule knows_no_service = noClasses().that().resideInAPackage("io.pactum.chassis..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pactum.contract..", "io.pactum.budget..", "io.pactum.competency..",
                    "io.pactum.notification..", "io.pactum.analytics..");

    @ArchTest
    static final ArchRule knows_only_the_directory_events = noClasses().that().resideInAPackage("io.pactum.chassis..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pactum.events.contract..", "io.pactum.events.budget..", "io.pactum.events.competency..",
                    "io.pactum.events.notification..");
}
