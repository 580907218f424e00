package io.advocacy.advocate.council.service;

import io.advocacy.advocate.council.repository.MembershipRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Rotates councils when terms end, without being asked: on a schedule, every council with a term that is over is
 * rotated as {@code POST /councils/{id}/rotate} does, each in its own transaction under the council's lock.
 */
@ApplicationScoped
public class CouncilRotation {

    private final MembershipRepository memberships;
    private final CouncilService councils;

    public CouncilRotation(MembershipRepository memberships, CouncilService councils) {
        this.memberships = memberships;
        this.councils = councils;
    }

    @Scheduled(
            identity = "council-rotation",
            every = "${advocacy.councils.rotate-interval:1h}",
            delayed = "${advocacy.councils.rotate-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public Uni<Void> rotateDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> memberships.councilsWithExpiredTerms(now))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(this::rotate)
                .collect()
                .asList()
                .replaceWithVoid();
    }

    private Uni<Void> rotate(UUID councilId) {
        return councils.rotate(councilId)
                .invoke(done -> Log.debugf("Rotated council %s: %s", councilId, done))
                .onFailure()
                .invoke(failure -> Log.warnf("Could not rotate council %s: %s", councilId, failure.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
