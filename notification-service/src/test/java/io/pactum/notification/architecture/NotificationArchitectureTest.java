package io.pactum.notification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of notification-service, checked on its real classes (a rule whose subject matches no class fails:
 * ArchUnit's {@code failOnEmptyShould} is on by default).
 */
@AnalyzeClasses(packages = "io.pactum.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_is_plain_java = noClasses().that().resideInAPackage("io.pactum.notification.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "io.cloudevents..",
                    "jakarta..", "tools.jackson..", "com.fasterxml..", "io.github.resilience4j..", "io.pactum.chassis..",
                    "io.pactum.notification.web..", "io.pactum.notification.persistence..",
                    "io.pactum.notification.messaging..", "io.pactum.notification.application..");

    @ArchTest
    static final ArchRule use_cases_know_no_adapter = noClasses().that().resideInAPackage("io.pactum.notification.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.notification.web..",
                    "io.pactum.notification.persistence..", "io.pactum.notification.messaging..",
                    "org.springframework.data..", "org.bson..", "com.mongodb..", "org.springframework.mail..", "jakarta.mail..");

    @ArchTest
    static final ArchRule the_web_never_touches_documents = noClasses().that().resideInAPackage("io.pactum.notification.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pactum.notification.persistence..", "org.springframework.data..");
}
