package io.pactum.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers, the JSON data
 * as the record value, the subject (employee id) as the key.
 */
public final class CloudEventMapping {

    public static final String DATA_CONTENT_TYPE = "application/json";

    private CloudEventMapping() {
    }

    public static CloudEvent toCloudEvent(String id, String type, URI source, String subject,
                                          OffsetDateTime time, byte[] jsonData) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withType(type)
                .withSource(source)
                .withSubject(subject)
                .withTime(time)
                .withDataContentType(DATA_CONTENT_TYPE)
                .withData(jsonData)
                .build();
    }

    /** A Kafka record carrying the event in binary mode, keyed by subject. */
    public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
        return KafkaMessageFactory.createWriter(topic, event.getSubject())
                .writeBinary(event);
    }

    /**
     * Reads an event from a Kafka record's headers and value.
     *
     * @throws MalformedEventException when the headers are not a CloudEvent, the type is unknown or
     *                                 the data does not fit the type
     */
    public static EventEnvelope fromRecord(Headers headers, byte[] value) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new MalformedEventException("not a CloudEvent: " + e.getMessage(), e);
        }
        return fromCloudEvent(event);
    }

    public static EventEnvelope fromCloudEvent(CloudEvent event) {
        if (event.getSubject() == null) {
            throw new MalformedEventException("event " + event.getId() + " has no subject");
        }
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        PactumEvent decoded = EventJson.read(event.getType(), data);
        if (!event.getSubject().equals(decoded.employeeId())) {
            throw new MalformedEventException("event " + event.getId() + " subject " + event.getSubject()
                    + " differs from its employeeId " + decoded.employeeId());
        }
        return new EventEnvelope(event.getId(), event.getType(), event.getSource(), event.getSubject(),
                event.getTime(), decoded);
    }
}
