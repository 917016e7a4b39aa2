package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.competency.RoleProfileChanged;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.workforce.EmployeeUpserted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CloudEvents 1.0 in Kafka binary mode: attributes as ce_* headers, JSON data as value, subject as key. */
class CloudEventMappingTest {

    private static final Map<String, URI> PRODUCER = Map.of(
            Topics.CONTRACTS, URI.create("/pactum/contract-service"),
            Topics.BUDGETS, URI.create("/pactum/budget-service"),
            Topics.WORKFORCE, URI.create("/pactum/competency-service"),
            Topics.COMPETENCIES, URI.create("/pactum/competency-service"),
            Topics.NOTIFICATIONS, URI.create("/pactum/notification-service"));
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final ContractSigned SIGNED = new ContractSigned("c-1", "erin", "mona", 2,
            new Money(40_000, "EUR"), 2026, "ENG", Instant.parse("2026-11-20T09:30:00Z"));

    static List<EventDescriptor> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void an_event_travels_as_binary_mode_headers_keyed_by_employee_and_comes_back_equal(EventDescriptor type) {
        PactumEvent event = GoldenSamples.event(type);
        ProducerRecord<String, byte[]> record = record("e-" + type.type(), event);

        assertThat(record.topic()).isEqualTo(type.topic());
        assertThat(record.key()).isEqualTo(event.employeeId()).isNotBlank();
        assertThat(header(record, "ce_id")).isEqualTo("e-" + type.type());
        assertThat(header(record, "ce_type")).isEqualTo(type.type());
        assertThat(header(record, "ce_source")).isEqualTo(PRODUCER.get(type.topic()).toString());
        assertThat(header(record, "ce_subject")).isEqualTo(event.employeeId());
        assertThat(header(record, "ce_time")).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(EventJson.mapper().readTree(record.value()))
                .as("the value is the bare JSON data, not a structured envelope")
                .isEqualTo(GoldenSamples.tree(type.sampleResource()));

        EventEnvelope back = CloudEventMapping.fromRecord(record.headers(), record.value());
        assertThat(back).isEqualTo(new EventEnvelope("e-" + type.type(), type.type(), PRODUCER.get(type.topic()),
                event.employeeId(), TIME, event));
    }

    @Test
    void money_travels_as_integer_minor_units() {
        ProducerRecord<String, byte[]> record = record("e-1", SIGNED);
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"totalPlannedCost\":{\"amountMinor\":40000,\"currency\":\"EUR\"}");
    }

    @Test
    void a_role_profile_change_is_keyed_by_the_admin_who_made_it() {
        ProducerRecord<String, byte[]> record = record("e-2", new RoleProfileChanged("lars", "Software Engineer", 3));
        assertThat(record.topic()).isEqualTo(Topics.COMPETENCIES);
        assertThat(record.key()).isEqualTo("lars");
        assertThat(header(record, "ce_subject")).isEqualTo("lars");
    }

    @Test
    void records_without_cloudevents_headers_are_malformed() {
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(new RecordHeaders(), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"ce_id", "ce_type", "ce_source", "ce_specversion", "ce_subject"})
    void a_record_missing_a_required_header_is_malformed(String missing) {
        ProducerRecord<String, byte[]> record = record("e-3", SIGNED);
        record.headers().remove(missing);
        assertThat(record.headers().lastHeader(missing)).isNull();

        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_unknown_type_is_malformed() {
        var event = CloudEventMapping.toCloudEvent("e-4", "pactum.contract.teleported.v1", source(Topics.CONTRACTS),
                "erin", TIME, "{\"employeeId\":\"erin\"}".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.CONTRACTS, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void a_java_class_name_is_no_type() {
        var event = CloudEventMapping.toCloudEvent("e-5", ContractSigned.class.getName(), source(Topics.CONTRACTS),
                "erin", TIME, EventJson.write(SIGNED));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.CONTRACTS, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"contractId\":\"c-1\",\"employeeId\":\"erin\",\"revision\":\"second\"}",
            "{\"contractId\":\"c-1\",\"employeeId\":\"erin\",\"revision\":null}",
            "{\"contractId\":\"c-1\",\"employeeId\":\"erin\",\"totalPlannedCost\":{\"amountMinor\":400,\"currency\":\"euro\"}}",
            "{\"contractId\":\"c-1\",\"employeeId\":\"erin\",\"signedAt\":\"yesterday\"}",
            "{not json",
            "[]",
            "null",
            ""})
    void data_that_does_not_fit_the_type_is_malformed(String data) {
        var event = CloudEventMapping.toCloudEvent("e-6", "pactum.contract.signed.v1", source(Topics.CONTRACTS), "erin",
                TIME, data.getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.CONTRACTS, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("pactum.contract.signed.v1");
    }

    @Test
    void a_record_without_a_value_is_malformed() {
        ProducerRecord<String, byte[]> record = record("e-7", SIGNED);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), null))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("no data");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void a_subject_that_differs_from_the_data_is_refused(EventDescriptor type) {
        PactumEvent event = GoldenSamples.event(type);
        String someoneElse = event.employeeId() + "-not";
        var cloudEvent = CloudEventMapping.toCloudEvent("e-8", type.type(), source(type.topic()), someoneElse, TIME,
                EventJson.write(event));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(type.topic(), cloudEvent);
        assertThat(record.key()).isEqualTo(someoneElse);

        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("subject");
    }

    @Test
    void the_subject_is_compared_with_the_data_not_trusted() {
        EmployeeUpserted erin = new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true);
        var event = CloudEventMapping.toCloudEvent("e-9", "pactum.workforce.employee-upserted.v1",
                source(Topics.WORKFORCE), "sam", TIME, EventJson.write(erin));
        assertThatThrownBy(() -> CloudEventMapping.fromCloudEvent(event))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("sam").hasMessageContaining("erin");
    }

    private static ProducerRecord<String, byte[]> record(String id, PactumEvent event) {
        EventDescriptor type = EventCatalog.of(event);
        return CloudEventMapping.toRecord(type.topic(), CloudEventMapping.toCloudEvent(id, type.type(),
                source(type.topic()), event.employeeId(), TIME, EventJson.write(event)));
    }

    private static URI source(String topic) {
        return PRODUCER.get(topic);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
