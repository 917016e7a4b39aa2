package io.pactum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.contract.ContractSigned;
import io.pactum.events.workforce.EmployeeUpserted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** CloudEvents 1.0 in Kafka binary mode: attributes as ce_* headers, JSON data as value, subject as key. */
class CloudEventMappingTest {

    private static final URI SOURCE = URI.create("/pactum/contract-service");
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final ContractSigned SIGNED = new ContractSigned("c-1", "erin", "mona", 2,
            new Money(40_000, "EUR"), 2026, "ENG", Instant.parse("2026-11-20T09:30:00Z"));

    @Test
    void an_event_travels_as_binary_mode_headers_keyed_by_employee_and_comes_back_equal() {
        ProducerRecord<String, byte[]> record = record("e-1", SIGNED);

        assertThat(record.topic()).isEqualTo(Topics.CONTRACTS);
        assertThat(record.key()).isEqualTo("erin");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_type")).isEqualTo("pactum.contract.signed.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/pactum/contract-service");
        assertThat(header(record, "ce_subject")).isEqualTo("erin");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"totalPlannedCost\":{\"amountMinor\":40000");

        EventEnvelope back = CloudEventMapping.fromRecord(record.headers(), record.value());
        assertThat(back).isEqualTo(new EventEnvelope("e-1", "pactum.contract.signed.v1", SOURCE, "erin", TIME, SIGNED));
    }

    @Test
    void records_without_cloudevents_headers_are_malformed() {
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(new RecordHeaders(), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_unknown_type_is_malformed() {
        var event = CloudEventMapping.toCloudEvent("e-2", "pactum.contract.teleported.v1", SOURCE, "erin", TIME,
                "{}".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.CONTRACTS, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void data_that_does_not_fit_the_type_is_malformed() {
        var event = CloudEventMapping.toCloudEvent("e-3", "pactum.contract.signed.v1", SOURCE, "erin", TIME,
                "{\"contractId\":\"c-1\",\"employeeId\":\"erin\",\"revision\":\"second\"}".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.CONTRACTS, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("pactum.contract.signed.v1");
        var broken = CloudEventMapping.toCloudEvent("e-4", "pactum.contract.signed.v1", SOURCE, "erin", TIME,
                "{not json".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> brokenRecord = CloudEventMapping.toRecord(Topics.CONTRACTS, broken);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(brokenRecord.headers(), brokenRecord.value()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void a_subject_that_differs_from_the_data_is_refused() {
        EmployeeUpserted erin = new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true);
        var event = CloudEventMapping.toCloudEvent("e-5", "pactum.workforce.employee-upserted.v1",
                URI.create("/pactum/competency-service"), "sam", TIME, EventJson.write(erin));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(Topics.WORKFORCE, event);
        assertThatThrownBy(() -> CloudEventMapping.fromRecord(record.headers(), record.value()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("subject");
    }

    @Test
    void a_catalogued_record_reports_its_type_and_topic_and_money_refuses_non_iso_currencies() {
        assertThat(EventCatalog.of(SIGNED).type()).isEqualTo("pactum.contract.signed.v1");
        assertThatThrownBy(() -> new Money(1, "euro")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ProducerRecord<String, byte[]> record(String id, PactumEvent event) {
        EventDescriptor type = EventCatalog.of(event);
        return CloudEventMapping.toRecord(type.topic(),
                CloudEventMapping.toCloudEvent(id, type.type(), SOURCE, event.employeeId(), TIME, EventJson.write(event)));
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
