package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract of every published type: its golden sample validates against its schema, round-trips
 * through the record unchanged (so old samples keep deserializing), and what the record writes
 * validates too (so record and schema agree), with and without its optional fields.
 */
class EventSchemaTest {

    /** Draft 2020-12 with {@code format} asserted, so a date that is not ISO-8601 fails. */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static List<EventDescriptor> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_golden_sample_validates_against_the_schema(EventDescriptor type) {
        assertThat(errors(type, GoldenSamples.tree(type.sampleResource()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_golden_sample_round_trips_through_the_record(EventDescriptor type) {
        byte[] sample = GoldenSamples.bytes(type.sampleResource());
        PactumEvent event = EventJson.read(type.type(), sample);
        assertThat(event).isInstanceOf(type.javaType());
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(written).isEqualTo(EventJson.mapper().readTree(sample));
        assertThat(EventJson.read(type.type(), EventJson.write(event))).isEqualTo(event);
    }

    /** Samples of a type as it was published before optional fields were added; consumers may still meet them. */
    static List<String> earlierSamples() throws java.io.IOException, java.net.URISyntaxException {
        java.nio.file.Path dir = java.nio.file.Path.of(EventSchemaTest.class.getResource("/earlier-samples").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty();
            return names;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("earlierSamples")
    void an_earlier_sample_still_validates_and_round_trips(String file) {
        String typeName = file.replaceFirst("\\.json$", "");
        EventDescriptor type = EventCatalog.byType(typeName).orElseThrow(() -> new AssertionError(file + " names no type"));
        byte[] sample = GoldenSamples.bytes("/earlier-samples/" + file);
        assertThat(errors(type, EventJson.mapper().readTree(sample))).isEmpty();
        PactumEvent event = EventJson.read(typeName, sample);
        assertThat(EventJson.mapper().readTree(EventJson.write(event))).isEqualTo(EventJson.mapper().readTree(sample));
        JsonNode current = GoldenSamples.tree(type.sampleResource());
        assertThat(current.propertyNames()).as("today's sample only adds to it").containsAll(
                EventJson.mapper().readTree(sample).propertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void what_the_record_writes_validates_against_the_schema(EventDescriptor type) {
        PactumEvent event = GoldenSamples.event(type);
        assertThat(errors(type, EventJson.write(event))).isEmpty();
    }

    /** The types with fields a producer may leave out. */
    static List<EventDescriptor> typesWithOptionalFields() {
        List<EventDescriptor> some = EventCatalog.all().stream().filter(t -> !optionalFields(t).isEmpty()).toList();
        assertThat(some).isNotEmpty();
        return some;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typesWithOptionalFields")
    void a_record_without_its_optional_fields_leaves_them_out_and_still_validates(EventDescriptor type) {
        ObjectNode minimal = (ObjectNode) GoldenSamples.tree(type.sampleResource());
        List<String> optional = optionalFields(type);
        minimal.remove(optional);
        PactumEvent event = EventJson.read(type.type(), EventJson.mapper().writeValueAsBytes(minimal));

        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(written.propertyNames()).doesNotContainAnyElementsOf(optional);
        assertThat(errors(type, EventJson.write(event))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_schema_refuses_a_sample_missing_a_required_field_or_carrying_an_unknown_one(EventDescriptor type) {
        JsonNode schema = GoldenSamples.tree(type.schemaResource());
        assertThat(schema.path("required")).isNotEmpty();
        for (JsonNode required : schema.path("required")) {
            ObjectNode without = (ObjectNode) GoldenSamples.tree(type.sampleResource());
            without.remove(required.asString());
            assertThat(errors(type, without)).as("without " + required.asString()).isNotEmpty();
        }
        assertThat(errorsWith(type, s -> s.put("surprise", true))).isNotEmpty();
        assertThat(errorsWith(type, s -> s.put("employeeId", ""))).as("an empty subject").isNotEmpty();
        assertThat(errorsWith(type, s -> s.putNull("employeeId"))).as("a null subject").isNotEmpty();
    }

    @Test
    void money_is_an_integer_of_minor_units_and_an_iso_currency() {
        EventDescriptor reserved = EventCatalog.byType("pactum.budget.reserved.v1").orElseThrow();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).put("amountMinor", 400.5))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).put("amountMinor", "40000"))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).put("currency", "eur"))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).put("currency", "EURO"))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).remove("currency"))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("amount")).put("cents", 1))).isNotEmpty();
        assertThat(errorsWith(reserved, s -> ((ObjectNode) s.get("available")).put("amountMinor", -900)))
                .as("a non-restrictive account may go below zero").isEmpty();
    }

    @Test
    void a_budget_adjustment_may_be_a_cut() {
        EventDescriptor adjusted = EventCatalog.byType("pactum.budget.adjusted.v1").orElseThrow();
        assertThat(errorsWith(adjusted, s -> ((ObjectNode) s.get("amount")).put("amountMinor", -50_000))).isEmpty();
    }

    @Test
    void the_schemas_hold_the_documented_ranges() {
        EventDescriptor checkIn = EventCatalog.byType("pactum.contract.check-in-recorded.v1").orElseThrow();
        assertThat(errorsWith(checkIn, s -> s.put("progress", 1))).isEmpty();
        assertThat(errorsWith(checkIn, s -> s.put("progress", 5))).isEmpty();
        assertThat(errorsWith(checkIn, s -> s.put("progress", 0))).isNotEmpty();
        assertThat(errorsWith(checkIn, s -> s.put("progress", 6))).isNotEmpty();

        EventDescriptor threshold = EventCatalog.byType("pactum.budget.threshold-reached.v1").orElseThrow();
        assertThat(errorsWith(threshold, s -> s.put("percent", 100))).isEmpty();
        assertThat(errorsWith(threshold, s -> s.put("percent", 90))).isNotEmpty();

        EventDescriptor completed = EventCatalog.byType("pactum.contract.completed.v1").orElseThrow();
        assertThat(errorsWith(completed, s -> ((ObjectNode) s.get("objectiveResults").get(0)).put("achievedLevel", 6)))
                .isNotEmpty();
        assertThat(errorsWith(completed, s -> ((ObjectNode) s.get("objectiveResults").get(0)).remove("competencyId")))
                .isNotEmpty();
    }

    @Test
    void moments_and_due_dates_are_iso_8601() {
        EventDescriptor signed = EventCatalog.byType("pactum.contract.signed.v1").orElseThrow();
        assertThat(errorsWith(signed, s -> s.put("signedAt", "2026-11-20T09:30:00+01:00"))).isEmpty();
        assertThat(errorsWith(signed, s -> s.put("signedAt", "20.11.2026 09:30"))).isNotEmpty();
        assertThat(errorsWith(signed, s -> s.put("signedAt", 1_795_000_000L))).isNotEmpty();

        EventDescriptor missed = EventCatalog.byType("pactum.contract.milestone-missed.v1").orElseThrow();
        assertThat(errorsWith(missed, s -> s.put("dueDate", "31/01/2027"))).isNotEmpty();
        assertThat(errorsWith(missed, s -> s.put("dueDate", "2027-01-31T00:00:00Z"))).isNotEmpty();
    }

    // --- helpers ---

    private static List<String> optionalFields(EventDescriptor type) {
        JsonNode schema = GoldenSamples.tree(type.schemaResource());
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        return schema.path("properties").propertyNames().stream().filter(p -> !required.contains(p)).toList();
    }

    private static List<Error> errorsWith(EventDescriptor type, Consumer<ObjectNode> change) {
        ObjectNode sample = (ObjectNode) GoldenSamples.tree(type.sampleResource());
        change.accept(sample);
        return errors(type, sample);
    }

    private static List<Error> errors(EventDescriptor type, JsonNode data) {
        return schema(type).validate(data);
    }

    private static List<Error> errors(EventDescriptor type, byte[] data) {
        return schema(type).validate(new String(data, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static Schema schema(EventDescriptor type) {
        return SCHEMAS.getSchema(GoldenSamples.text(type.schemaResource()), InputFormat.JSON);
    }
}
