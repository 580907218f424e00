package io.advocacy.advocate.mentor.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Does on a schedule what {@code POST /mentoring/recheck} does on demand: ends the pairings of newcomers who settled and
 * offers mentors with room to those waiting. The recheck takes the mentoring lock, so several instances take turns.
 */
@ApplicationScoped
public class MentoringSchedule {

    private final MentorService mentors;

    public MentoringSchedule(MentorService mentors) {
        this.mentors = mentors;
    }

    @Scheduled(
            identity = "mentoring-recheck",
            every = "${advocacy.mentors.recheck-interval}",
            delayed = "${advocacy.mentors.recheck-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public Uni<Void> recheck() {
        return mentors.recheck()
                .invoke(done -> Log.debugf("Scheduled mentoring recheck: %s", done))
                .onFailure()
                .invoke(failure -> Log.warnf("Could not recheck the mentoring pairs: %s", failure.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
