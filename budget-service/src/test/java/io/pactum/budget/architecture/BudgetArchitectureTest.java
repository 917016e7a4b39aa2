package io.pactum.budget.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of budget-service, checked on its real classes (a rule whose subject matches no class fails:
 * ArchUnit's {@code failOnEmptyShould} is on by default).
 */
@AnalyzeClasses(packages = "io.pactum.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class BudgetArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.budget.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",                          // Spring, Spring Data, Spring web, Spring Kafka
                    "org.bson..", "com.mongodb..",                     // Mongo
                    "org.apache.kafka..", "io.cloudevents..",          // Kafka
                    "jakarta..",                                        // Jakarta (validation, servlet, persistence)
                    "tools.jackson..", "com.fasterxml..",              // JSON mapping
                    "io.pactum.chassis..",                              // the chassis is all infrastructure
                    "io.pactum.budget.web..", "io.pactum.budget.persistence..",
                    "io.pactum.budget.messaging..", "io.pactum.budget.application..");

    @ArchTest
    static final ArchRule use_cases_know_no_adapter = noClasses().that().resideInAPackage("io.pactum.budget.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.budget.web..", "io.pactum.budget.persistence..",
                    "io.pactum.budget.messaging..", "org.springframework.data..", "org.bson..", "com.mongodb..");

    @ArchTest
    static final ArchRule the_web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.budget.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.budget.persistence..", "org.springframework.data..");
}
