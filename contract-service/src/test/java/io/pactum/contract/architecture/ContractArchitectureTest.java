package io.pactum.contract.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.pactum.contract", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.contract.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "jakarta..", "io.pactum.chassis..", "io.pactum.contract.web..",
                    "io.pactum.contract.persistence..", "io.pactum.contract.application..");

    @ArchTest
    static final ArchRule web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.contract.web..")
            .should().dependOnClassesThat().resideInAPackage("io.pactum.contract.persistence..");
}
