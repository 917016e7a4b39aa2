package io.pactum.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** Reads the schemas and golden samples from the classpath, as consumers of the jar see them. */
final class GoldenSamples {

    private GoldenSamples() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static JsonNode tree(String resource) {
        return EventJson.mapper().readTree(bytes(resource));
    }

    /** The type's golden sample read into its record. */
    static PactumEvent event(EventDescriptor type) {
        return EventJson.read(type.type(), bytes(type.sampleResource()));
    }
}
