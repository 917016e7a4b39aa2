package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A type cannot be added without a schema and a golden sample, and no file lies about a type that does not exist. */
class EventCatalogTest {

    static List<EventDescriptor> types() {
        return EventCatalog.all();
    }

    @Test
    void the_initial_catalogue_is_complete() {
        assertThat(EventCatalog.all()).extracting(d -> d.javaType().getSimpleName()).contains(
                "ContractProposed", "ContractAmended", "ContractSigned", "ContractActivated", "ContractFundingDeclined",
                "MilestoneCompleted", "MilestoneMissed", "CheckInRecorded", "CheckInMissed", "ContractCompleted",
                "ContractFailed", "ContractCancelled", "BudgetAllocated", "BudgetAdjusted", "BudgetReserved",
                "BudgetReservationPendingApproval", "BudgetReservationDeclined", "BudgetSpent", "BudgetReleased",
                "BudgetThresholdReached", "EmployeeUpserted", "EmployeeDeactivated", "CompetencyLevelChanged",
                "RoleProfileChanged", "NotificationSent", "NotificationFailed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void every_type_has_a_schema_and_a_sample(EventDescriptor type) {
        assertThat(EventCatalogTest.class.getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
        assertThat(EventCatalogTest.class.getResource(type.sampleResource())).as(type.sampleResource()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void type_names_are_logical_and_versioned_never_java_names(EventDescriptor type) {
        assertThat(type.type()).matches("pactum\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
        assertThat(type.type()).doesNotContainIgnoringCase(type.javaType().getSimpleName());
        assertThat(type.type()).doesNotContain("io.pactum");
        assertThat(type.topic()).startsWith("pactum.");
    }

    @Test
    void every_schema_and_sample_file_belongs_to_a_catalogued_type() throws IOException, URISyntaxException {
        Set<String> catalogued = EventCatalog.all().stream().map(EventDescriptor::type).collect(Collectors.toSet());
        for (String folder : List.of("/schemas", "/samples")) {
            Path dir = Path.of(EventCatalogTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                Set<String> named = files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                        .collect(Collectors.toSet());
                assertThat(named).as("files in " + folder).isEqualTo(catalogued);
            }
        }
    }

    @Test
    void each_context_publishes_on_its_own_topic() {
        assertThat(EventCatalog.byType("pactum.contract.signed.v1")).get()
                .extracting(EventDescriptor::topic).isEqualTo(Topics.CONTRACTS);
        assertThat(EventCatalog.byType("pactum.budget.reserved.v1")).get()
                .extracting(EventDescriptor::topic).isEqualTo(Topics.BUDGETS);
        assertThat(EventCatalog.byType("pactum.workforce.employee-upserted.v1")).get()
                .extracting(EventDescriptor::topic).isEqualTo(Topics.WORKFORCE);
        assertThat(EventCatalog.byType("pactum.competency.level-changed.v1")).get()
                .extracting(EventDescriptor::topic).isEqualTo(Topics.COMPETENCIES);
        assertThat(EventCatalog.byType("pactum.notification.sent.v1")).get()
                .extracting(EventDescriptor::topic).isEqualTo(Topics.NOTIFICATIONS);
        assertThat(EventCatalog.byType("pactum.contract.unknown.v1")).isEmpty();
    }
}
