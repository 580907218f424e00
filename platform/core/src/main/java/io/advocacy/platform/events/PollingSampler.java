package io.advocacy.platform.events;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Samples every trace (parent-based, always on) except a client call that starts one: the outbox relay, the backlog
 * measurement and other pollers query the database several times a second outside any request or event, and each of
 * those queries would otherwise be a trace of its own. The same query inside a request or a handled event is traced.
 * Quarkus uses a {@link Sampler} bean in place of the configured sampler.
 */
@Singleton
@Unremovable
public class PollingSampler implements Sampler {

    private final Sampler traced = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(
            Context parent, String traceId, String name, SpanKind kind, Attributes attributes, List<LinkData> links) {
        if (kind == SpanKind.CLIENT
                && !Span.fromContext(parent).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return traced.shouldSample(parent, traceId, name, kind, attributes, links);
    }

    @Override
    public String getDescription() {
        return "PollingSampler{" + traced.getDescription() + ", untraced root client calls}";
    }
}
