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
                    "org.apache.kafka..", "jakarta..", "io.pactum.chassis..", "io.pactum.competency.web..",
                    "io.pactum.competency.persistence..", "io.pactum.competency.application..");

    @ArchTest
    static final ArchRule web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.competency.web..")
            .should().dependOnClassesThat().resideInAPackage("io.pactum.competency.persistence..");
}
