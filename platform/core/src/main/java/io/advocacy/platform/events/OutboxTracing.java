package io.advocacy.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Carries the trace context across the outbox: the publisher stores the W3C {@code traceparent}/{@code tracestate} of
 * the transaction that writes an event, and the relay restores it as the parent of the Kafka send, whose
 * instrumentation writes the record's {@code traceparent} header. The stored form is always W3C trace context, the
 * same names the CloudEvents distributed-tracing extension and the Kafka headers use.
 */
@ApplicationScoped
public class OutboxTracing {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<OutboxEvent> ROW = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(OutboxEvent row) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(OutboxEvent row, String key) {
            if (row == null) {
                return null;
            }
            return "traceparent".equals(key) ? row.traceparent : "tracestate".equals(key) ? row.tracestate : null;
        }
    };

    /** Stores the current trace context on the row; a row written outside a trace keeps null. */
    void stamp(OutboxEvent row) {
        Context current = Context.current();
        if (!Span.fromContext(current).getSpanContext().isValid()) {
            return;
        }
        W3C.inject(current, row, (carrier, key, value) -> {
            if ("traceparent".equals(key)) {
                carrier.traceparent = value;
            } else if ("tracestate".equals(key) && !value.isEmpty()) {
                carrier.tracestate = value;
            }
        });
    }

    /** The context the row was written in, or null when it was written outside a trace. */
    Context restore(OutboxEvent row) {
        if (row.traceparent == null) {
            return null;
        }
        Context restored = W3C.extract(Context.root(), row, ROW);
        return Span.fromContext(restored).getSpanContext().isValid() ? restored : null;
    }
}
