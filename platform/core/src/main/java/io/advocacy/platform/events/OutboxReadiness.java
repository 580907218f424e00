package io.advocacy.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the outbox's backlog is past its threshold, so load balancers send new work elsewhere. */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxLag lag;

    public OutboxReadiness(OutboxLag lag) {
        this.lag = lag;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxLag.Sample sample = lag.last();
        return HealthCheckResponse.named("outbox")
                .status(!lag.overloaded())
                .withData("pending", sample.pending())
                .withData("oldestSeconds", sample.oldestAge().toSeconds())
                .build();
    }
}
