package io.advocacy.platform.consumer;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Continues a consumed record's trace while it is handled: a span per record whose parent is the record's
 * {@code traceparent} (through the Kafka connector's receive span when its instrumentation is on), current for the
 * whole handling, so the events a handler publishes carry the same trace.
 */
@ApplicationScoped
public class ConsumerTracing {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;

    public ConsumerTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Starts the handling span of one record and makes it current; close the handle when handling ends. */
    Handling start(Message<?> message, String consumer) {
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parentOf(message))
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        return new Handling(span, span.makeCurrent());
    }

    /** The connector's receive span when its instrumentation ran, else the record's own traceparent header. */
    private static Context parentOf(Message<?> message) {
        return TracingMetadata.fromMessage(message)
                .map(TracingMetadata::getCurrentContext)
                .filter(context -> Span.fromContext(context).getSpanContext().isValid())
                .orElseGet(() -> message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(kafka -> W3CTraceContextPropagator.getInstance()
                                .extract(Context.root(), kafka.getHeaders(), HEADERS))
                        .orElseGet(Context::root));
    }

    /** One record's handling span and the scope that makes it current. */
    static final class Handling {
        private final Span span;
        private final Scope scope;

        private Handling(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        /** Ends the span, marked as an error when the record was dead-lettered. */
        void end(Throwable failure) {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.getMessage());
            }
            scope.close();
            span.end();
        }
    }
}
