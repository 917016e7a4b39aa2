package io.pactum.chassis.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/** The W3C {@code traceparent} of the current span, to carry a request's trace through Kafka. */
public class TraceContext {

    public static final String TRACEPARENT = "traceparent";

    private final @Nullable Tracer tracer;

    public TraceContext(@Nullable Tracer tracer) {
        this.tracer = tracer;
    }

    public @Nullable String currentTraceparent() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    /** The trace id inside a {@code traceparent} header value, or null when it is not one. */
    public static @Nullable String traceIdOf(@Nullable String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }
}
