package io.pactum.chassis.messaging;

import io.pactum.chassis.observability.TraceContext;
import io.pactum.events.CloudEventMapping;
import io.pactum.events.EventEnvelope;
import io.pactum.events.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;

/**
 * Builds Spring Cloud Stream consumers for Pactum's CloudEvents. A record that is not a valid event
 * raises {@link MalformedEventException}, which is not retried: the binder sends it straight to the
 * consumer's dead-letter topic and goes on with the next record. Any other failure is retried a
 * bounded number of times, then dead-lettered too.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    public Consumer<Message<byte[]>> consumer(EventHandler handler) {
        return message -> {
            EventEnvelope event = decode(message);
            String traceId = TraceContext.traceIdOf(header(message.getHeaders(), TraceContext.TRACEPARENT));
            try (var eventId = MDC.putCloseable("eventId", event.id());
                 var eventType = MDC.putCloseable("eventType", event.type());
                 var trace = traceId == null ? null : MDC.putCloseable("traceId", traceId)) {
                log.debug("handling {} {}", event.type(), event.id());
                handler.handle(event);
            }
        };
    }

    /** Reads the CloudEvent (binary mode) from the message's {@code ce_*} and content-type headers. */
    public static EventEnvelope decode(Message<byte[]> message) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, Object> header : message.getHeaders().entrySet()) {
            String name = header.getKey();
            if (name.startsWith("ce_") || name.equals("content-type")) {
                byte[] value = bytes(header.getValue());
                if (value != null) {
                    headers.add(name, value);
                }
            }
        }
        if (headers.lastHeader("ce_specversion") == null) {
            throw new MalformedEventException("record has no CloudEvents headers");
        }
        return CloudEventMapping.fromRecord(headers, message.getPayload());
    }

    private static String header(Map<String, Object> headers, String name) {
        byte[] value = bytes(headers.get(name));
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }
}
