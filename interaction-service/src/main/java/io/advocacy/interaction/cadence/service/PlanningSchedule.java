package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.rest.PlanView;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans the check-ins of the coming days on its own, every day by default, so that no cron job outside the service is
 * needed. Planning is idempotent and serialised by the planner's lock, so several instances may run it.
 */
@ApplicationScoped
public class PlanningSchedule {

    private final CadencePlanner planner;
    private final int horizonDays;

    public PlanningSchedule(
            CadencePlanner planner, @ConfigProperty(name = "advocacy.planning.horizon-days") int horizonDays) {
        this.planner = planner;
        this.horizonDays = horizonDays;
    }

    @Scheduled(
            identity = "cadence-planning",
            cron = "${advocacy.planning.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> onSchedule() {
        return planAhead()
                .onFailure()
                .invoke(failure -> Log.warnf("Scheduled planning failed, the next run tries again: %s", failure))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Plans from now to the horizon and says what it did. */
    public Uni<PlanView> planAhead() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return planner.plan(now, now.plusDays(horizonDays))
                .invoke(plan -> Log.infof(
                        "Planned the check-ins of the next %d days: %d new for %d people (%d paused)",
                        horizonDays, plan.planned(), plan.advocates(), plan.paused()));
    }
}
