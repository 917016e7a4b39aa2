package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.competency.CompetencyEvent;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractTemplateEvent;
import io.pactum.events.notification.NotificationEvent;
import io.pactum.events.workforce.WorkforceEvent;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue is the sealed hierarchy, and the files follow it: a type cannot be added without a schema
 * and a golden sample, no file lies about a type that does not exist, and record and schema name the same
 * fields with the same JSON types.
 */
class EventCatalogTest {

    /** The context segment of a type name and the topic of the context that publishes it. */
    private static final Map<Class<?>, String> CONTEXT_SEGMENT = Map.of(
            ContractEvent.class, "contract", ContractTemplateEvent.class, "contract", BudgetEvent.class, "budget", WorkforceEvent.class, "workforce",
            CompetencyEvent.class, "competency", NotificationEvent.class, "notification");

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
        assertThat(EventCatalog.byType("pactum.contract.proposed.v1")).get()
                .extracting(d -> d.javaType().getSimpleName()).isEqualTo("ContractProposed");
        assertThat(EventCatalog.byType("pactum.budget.reservation-pending-approval.v1")).get()
                .extracting(d -> d.javaType().getSimpleName()).isEqualTo("BudgetReservationPendingApproval");
        assertThat(EventCatalog.byType("pactum.competency.role-profile-changed.v1")).get()
                .extracting(d -> d.javaType().getSimpleName()).isEqualTo("RoleProfileChanged");
    }

    @Test
    void type_names_and_records_are_each_catalogued_once() {
        List<EventDescriptor> all = EventCatalog.all();
        assertThat(all).extracting(EventDescriptor::type).doesNotHaveDuplicates();
        assertThat(all).extracting(EventDescriptor::javaType).doesNotHaveDuplicates();
        int permitted = EventCatalog.CONTEXTS.stream().mapToInt(c -> c.getPermittedSubclasses().length).sum();
        assertThat(all).hasSize(permitted);
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
        for (EventDescriptor any : EventCatalog.all()) {
            assertThat(type.type()).doesNotContainIgnoringCase(any.javaType().getSimpleName());
        }
        for (Class<?> context : EventCatalog.CONTEXTS) {
            assertThat(type.type()).doesNotContainIgnoringCase(context.getSimpleName())
                    .doesNotContain(context.getPackageName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_type_name_names_the_context_that_publishes_it(EventDescriptor type) {
        Class<?> context = EventCatalog.CONTEXTS.stream().filter(c -> c.isAssignableFrom(type.javaType()))
                .findFirst().orElseThrow();
        assertThat(type.type()).startsWith("pactum." + CONTEXT_SEGMENT.get(context) + ".");
        assertThat(type.topic()).isEqualTo(context.getAnnotation(Topic.class).value());
    }

    @Test
    void every_schema_and_sample_file_belongs_to_a_catalogued_type() throws IOException, URISyntaxException {
        Set<String> catalogued = EventCatalog.all().stream().map(EventDescriptor::type).collect(Collectors.toSet());
        for (String folder : List.of("/schemas", "/samples")) {
            Path dir = Path.of(EventCatalogTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                Set<String> named = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
                assertThat(named).as("every file in " + folder + " is <type>.json")
                        .allMatch(name -> name.endsWith(".json"));
                assertThat(named.stream().map(n -> n.replaceFirst("\\.json$", "")).collect(Collectors.toSet()))
                        .as("files in " + folder).isEqualTo(catalogued);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_schema_names_its_type_and_closes_its_object(EventDescriptor type) {
        JsonNode schema = GoldenSamples.tree(type.schemaResource());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asString()).isEqualTo("https://pactum.io/schemas/" + type.type() + ".json");
        assertThat(schema.path("title").asString()).isEqualTo(type.javaType().getSimpleName());
        assertThat(schema.path("description").asString()).isNotBlank();
        assertThat(schema.path("type").asString()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
        for (String property : schema.path("properties").propertyNames()) {
            assertThat(schema.path("properties").path(property).path("description").asString())
                    .as(type.type() + " describes " + property).isNotBlank();
        }
        for (JsonNode ref : schema.findValues("$ref")) { // self-contained: every $ref points into its own $defs
            assertThat(ref.asString()).startsWith("#/$defs/");
            assertThat(schema.at(ref.asString().substring(1)).isObject()).as(ref.asString()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void record_and_schema_name_the_same_fields_with_the_same_json_types(EventDescriptor type) {
        JsonNode schema = GoldenSamples.tree(type.schemaResource());
        assertObjectMatchesRecord(type.type(), schema, schema, type.javaType());
        assertThat(required(schema)).as("the subject is always there").contains("employeeId");
        if (ContractEvent.class.isAssignableFrom(type.javaType())) {
            assertThat(required(schema)).contains("contractId");
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

    /** Implements PactumEvent but no sealed context permits it, so it is no published event. */
    record Unpublished(String employeeId) implements PactumEvent {
    }

    @Test
    void a_record_outside_the_sealed_contexts_is_not_an_event() {
        assertThatThrownBy(() -> EventCatalog.of(new Unpublished("erin")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a catalogued event");
    }

    @Test
    void money_is_integer_minor_units_of_an_iso_currency() {
        assertThat(new Money(-25_000, "EUR").amountMinor()).isEqualTo(-25_000);
        assertThatThrownBy(() -> new Money(1, "euro")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
    }

    // --- record ↔ schema ---

    private static void assertObjectMatchesRecord(String where, JsonNode root, JsonNode object, Class<?> record) {
        JsonNode properties = object.path("properties");
        assertThat(new HashSet<>(properties.propertyNames())).as(where + " properties")
                .isEqualTo(componentNames(record));
        assertThat(object.path("additionalProperties").asBoolean(true)).as(where + " additionalProperties").isFalse();
        Set<String> required = required(object);
        assertThat(properties.propertyNames()).as(where + " required are properties").containsAll(required);
        for (RecordComponent component : record.getRecordComponents()) {
            String at = where + "." + component.getName();
            if (component.getType().isPrimitive()) {
                assertThat(required).as(at + " is a primitive, never absent, so required").contains(component.getName());
            }
            assertPropertyMatches(at, root, properties.path(component.getName()), component.getGenericType());
        }
    }

    private static void assertPropertyMatches(String at, JsonNode root, JsonNode property, Type javaType) {
        if (javaType == String.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("string");
        } else if (javaType == int.class || javaType == long.class || javaType == Integer.class || javaType == Long.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("integer");
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("boolean");
        } else if (javaType == Instant.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("string");
            assertThat(property.path("format").asString()).as(at).isEqualTo("date-time");
        } else if (javaType == LocalDate.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("string");
            assertThat(property.path("format").asString()).as(at).isEqualTo("date");
        } else if (javaType == Money.class) {
            assertThat(property.path("$ref").asString()).as(at).isEqualTo("#/$defs/Money");
            assertMoneyDefinition(at, root.path("$defs").path("Money"));
        } else if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(property.path("type").asString()).as(at).isEqualTo("array");
            assertPropertyMatches(at + "[]", root, property.path("items"), list.getActualTypeArguments()[0]);
        } else if (javaType instanceof Class<?> nested && nested.isRecord()) {
            String name = nested.getSimpleName();
            assertThat(property.path("$ref").asString()).as(at).isEqualTo("#/$defs/" + name);
            assertObjectMatchesRecord(at, root, root.path("$defs").path(name), nested);
        } else {
            throw new AssertionError(at + ": no JSON mapping known for " + javaType.getTypeName());
        }
    }

    private static void assertMoneyDefinition(String at, JsonNode money) {
        assertThat(money.path("type").asString()).as(at + " Money").isEqualTo("object");
        assertThat(money.path("additionalProperties").asBoolean(true)).as(at + " Money").isFalse();
        assertThat(required(money)).as(at + " Money").containsExactlyInAnyOrder("amountMinor", "currency");
        assertThat(money.path("properties").path("amountMinor").path("type").asString()).isEqualTo("integer");
        assertThat(money.path("properties").path("currency").path("type").asString()).isEqualTo("string");
        assertThat(money.path("properties").path("currency").path("pattern").asString()).isEqualTo("^[A-Z]{3}$");
    }

    private static Set<String> required(JsonNode object) {
        Set<String> required = new HashSet<>();
        object.path("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    private static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
