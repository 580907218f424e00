package io.advocacy.listening.source.polling;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks for due feed sources every few seconds and polls them; a look still running when the next is due skips it. */
@ApplicationScoped
public class PollSchedule {

    private final FeedPoller poller;

    public PollSchedule(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(
            identity = "feed-sources",
            every = "${advocacy.listening.feeds.tick:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> pollDue() {
        return poller.pollDue();
    }
}
