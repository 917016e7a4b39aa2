package io.pactum.events;

/**
 * What the catalogue knows of one event type.
 *
 * @param type     logical type name, the CloudEvents {@code type}
 * @param topic    Kafka topic of the producing context
 * @param javaType the record that carries the event's data
 */
public record EventDescriptor(String type, String topic, Class<? extends PactumEvent> javaType) {

    /** Classpath location of the type's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    /** Classpath location of the type's golden sample (the {@code data} of a CloudEvent). */
    public String sampleResource() {
        return "/samples/" + type + ".json";
    }
}
