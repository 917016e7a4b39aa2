package io.pactum.analytics.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of analytics-service, checked on its real classes (a rule whose subject matches no class fails:
 * ArchUnit's {@code failOnEmptyShould} is on by default).
 */
@AnalyzeClasses(packages = "io.pactum.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class AnalyticsArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.analytics.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "io.cloudevents..",
                    "jakarta..", "tools.jackson..", "com.fasterxml..", "io.pactum.chassis..",
                    "io.pactum.analytics.web..", "io.pactum.analytics.persistence..",
                    "io.pactum.analytics.messaging..", "io.pactum.analytics.application..");

    @ArchTest
    static final ArchRule use_cases_know_no_adapter = noClasses().that().resideInAPackage("io.pactum.analytics.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.analytics.web..", "io.pactum.analytics.persistence..",
                    "io.pactum.analytics.messaging..", "org.springframework.data..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..");

    @ArchTest
    static final ArchRule the_web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.analytics.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.analytics.persistence..", "org.springframework.data..",
                    "org.bson..", "org.apache.kafka..");
}
