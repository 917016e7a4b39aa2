package io.pactum.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of event data: ISO-8601 dates, absent optional fields left out, unknown fields
 * ignored on reading (a consumer must keep working when a producer adds a field within a version).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static byte[] write(PactumEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /**
     * Reads the data of an event of the given logical type.
     *
     * @throws MalformedEventException when the type is unknown or the data does not fit its record
     */
    public static PactumEvent read(String type, byte[] data) {
        EventDescriptor descriptor = EventCatalog.byType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type));
        if (data == null || data.length == 0) {
            throw new MalformedEventException("event of type " + type + " has no data");
        }
        try {
            PactumEvent event = MAPPER.readValue(data, descriptor.javaType());
            if (event == null) { // the JSON literal null
                throw new MalformedEventException("event of type " + type + " has null data");
            }
            return event;
        } catch (JacksonException e) {
            throw new MalformedEventException("data does not fit " + type + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data does not fit " + type + ": " + e.getMessage(), e);
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
