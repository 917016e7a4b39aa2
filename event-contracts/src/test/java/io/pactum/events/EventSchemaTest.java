package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract of every published type: its golden sample validates against its schema, round-trips
 * through the record unchanged (so old samples keep deserializing), and what the record writes
 * validates too (so record and schema agree).
 */
class EventSchemaTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static List<EventDescriptor> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_golden_sample_validates_against_the_schema(EventDescriptor type) throws IOException {
        List<Error> errors = schema(type).validate(read(type.sampleResource()), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_golden_sample_round_trips_through_the_record(EventDescriptor type) throws IOException {
        byte[] sample = read(type.sampleResource()).getBytes(StandardCharsets.UTF_8);
        PactumEvent event = EventJson.read(type.type(), sample);
        assertThat(event).isInstanceOf(type.javaType());
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(written).isEqualTo(EventJson.mapper().readTree(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void what_the_record_writes_validates_against_the_schema(EventDescriptor type) throws IOException {
        PactumEvent event = EventJson.read(type.type(), read(type.sampleResource()).getBytes(StandardCharsets.UTF_8));
        String written = new String(EventJson.write(event), StandardCharsets.UTF_8);
        assertThat(schema(type).validate(written, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_schema_refuses_a_sample_missing_its_subject_or_carrying_an_unknown_field(EventDescriptor type) throws IOException {
        ObjectNode withoutSubject = (ObjectNode) EventJson.mapper().readTree(read(type.sampleResource()));
        withoutSubject.remove("employeeId");
        assertThat(schema(type).validate(withoutSubject.toString(), InputFormat.JSON)).isNotEmpty();

        ObjectNode withUnknown = (ObjectNode) EventJson.mapper().readTree(read(type.sampleResource()));
        withUnknown.put("surprise", true);
        assertThat(schema(type).validate(withUnknown.toString(), InputFormat.JSON)).isNotEmpty();
    }

    private static Schema schema(EventDescriptor type) throws IOException {
        return SCHEMAS.getSchema(read(type.schemaResource()), InputFormat.JSON);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
