package io.advocacy.recognition.award;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.advocacy.recognition.Recognition.awards;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.recognition.Recognition;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.criteria.repository.Fact;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two facts that each cross a badge's threshold, recorded at the same moment in two transactions. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class ConcurrentAwardTest {

    @Inject
    AwardService awardService;

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void twoFactsAtOnceCrossTheThresholdAndTheBadgeIsAwardedExactlyOnce() throws Exception {
        String badge = recognition.badge("three", "{\"count\": {\"event\": \"featured\", \"atLeast\": 3}}");
        for (int round = 0; round < 5; round++) {
            UUID ada = UUID.randomUUID();
            record(Fact.of(ada, "featured", OffsetDateTime.parse("2026-11-01T10:00:00Z"), "first"));
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> recordTogether(together, ada, "second"));
            CompletableFuture<Void> third = CompletableFuture.runAsync(() -> recordTogether(together, ada, "third"));
            CompletableFuture.allOf(second, third).join();

            awaitFacts(ada, 3);
            // Neither transaction alone saw three facts unless the other had committed: the lock makes them take turns.
            assertThat(awards(ada, badge)).hasSize(1);
        }
    }

    private void recordTogether(CyclicBarrier together, UUID ada, String ref) {
        try {
            together.await();
            record(Fact.of(ada, "featured", OffsetDateTime.parse("2026-11-02T10:00:00Z"), ref));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(Fact fact) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> awardService.recognise(fact)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
