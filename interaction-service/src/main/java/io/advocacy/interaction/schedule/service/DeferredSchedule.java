package io.advocacy.interaction.schedule.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Schedules deferred interactions once they are possible, every few minutes by default
 * ({@code advocacy.interactions.deferred-every}). Each run is idempotent and takes turns with planning under one lock,
 * so several instances may run it.
 */
@ApplicationScoped
public class DeferredSchedule {

    private final DeferredInteractions deferred;

    public DeferredSchedule(DeferredInteractions deferred) {
        this.deferred = deferred;
    }

    @Scheduled(
            identity = "deferred-activation",
            every = "${advocacy.interactions.deferred-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> onSchedule() {
        return deferred.activate(null)
                .onFailure()
                .invoke(failure ->
                        Log.warnf("Scheduling deferred interactions failed, the next run tries again: %s", failure))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
