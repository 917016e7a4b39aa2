package io.pactum.budget.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.pactum.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class BudgetArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.budget.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "jakarta..", "io.pactum.chassis..", "io.pactum.budget.web..",
                    "io.pactum.budget.persistence..", "io.pactum.budget.application..");

    @ArchTest
    static final ArchRule web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.budget.web..")
            .should().dependOnClassesThat().resideInAPackage("io.pactum.budget.persistence..");
}
