package io.pactum.contract.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of contract-service, checked against its real packages (a rule matching no class fails). */
@AnalyzeClasses(packages = "io.pactum.contract", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.contract.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "jakarta..",
                    "tools.jackson..", "com.fasterxml.jackson..", "io.pactum.chassis..",
                    "io.pactum.contract.application..", "io.pactum.contract.web..",
                    "io.pactum.contract.messaging..", "io.pactum.contract.persistence..");

    @ArchTest
    static final ArchRule use_cases_know_neither_http_nor_storage = noClasses().that()
            .resideInAPackage("io.pactum.contract.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.contract.web..",
                    "io.pactum.contract.messaging..", "io.pactum.contract.persistence..", "org.springframework.data.mongodb..",
                    "org.springframework.web..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.contract.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.contract.persistence..",
                    "org.springframework.data.mongodb..");
}
