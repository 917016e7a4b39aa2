package io.pactum.competency.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.pactum.competency", importOptions = ImportOption.DoNotIncludeTests.class)
class CompetencyArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.competency.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "jakarta..", "tools.jackson..", "io.pactum.chassis..", "io.pactum.competency.web..",
                    "io.pactum.competency.persistence..", "io.pactum.competency.application..",
                    "io.pactum.competency.interchange..", "io.pactum.competency.messaging..");

    /** The CSV and CASE formats are plain translation: JSON parsing, but no framework, storage or HTTP. */
    @ArchTest
    static final ArchRule interchange_only_translates = noClasses().that().resideInAPackage("io.pactum.competency.interchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "io.pactum.chassis..", "io.pactum.competency.web..",
                    "io.pactum.competency.persistence..", "io.pactum.competency.application..", "io.pactum.competency.messaging..");

    @ArchTest
    static final ArchRule use_cases_know_no_adapters = noClasses().that().resideInAPackage("io.pactum.competency.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.competency.web..", "io.pactum.competency.persistence..",
                    "io.pactum.competency.messaging..", "org.springframework.data..", "org.springframework.web..");

    @ArchTest
    static final ArchRule web_never_touches_documents = noClasses().that().resideInAnyPackage("io.pactum.competency.web..",
                    "io.pactum.competency.messaging..")
            .should().dependOnClassesThat().resideInAPackage("io.pactum.competency.persistence..");
}
