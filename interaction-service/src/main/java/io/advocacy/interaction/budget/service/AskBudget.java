package io.advocacy.interaction.budget.service;

import io.advocacy.interaction.budget.repository.AdvocateAsk;
import io.advocacy.interaction.budget.repository.AskRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The ask-fatigue budget: nobody is asked more than {@code asks} times within any rolling {@code period}, across all
 * playbooks and managers. An ask over the budget is not dropped but deferred to the moment the oldest counted ask
 * leaves the period. Runs in the caller's transaction, under a lock on the person's asks.
 */
@Startup
@ApplicationScoped
public class AskBudget {

    private final AskRepository asks;
    private final AskBudgetConfig config;

    public AskBudget(AskRepository asks, AskBudgetConfig config) {
        this.asks = asks;
        this.config = config;
        if (config.asks() < 1 || config.period().isNegative() || config.period().isZero()) {
            throw new IllegalStateException("Invalid ask budget: advocacy.interactions.ask-budget.asks must be at least"
                    + " 1 (is " + config.asks() + ") and advocacy.interactions.ask-budget.period positive (is "
                    + config.period() + ")");
        }
    }

    /**
     * Counts an ask of the person at {@code at} when the budget allows it.
     *
     * @param interactionId the interaction that asks, when known
     * @return null when the ask was counted, else why it is deferred and from when it is possible
     */
    public Uni<Deferral> ask(UUID advocateId, String kind, UUID interactionId, OffsetDateTime at) {
        return asks.lock(advocateId)
                .chain(() -> asks.since(advocateId, at.minus(config.period())))
                .chain(recent -> {
                    if (recent.size() >= config.asks()) {
                        // Possible once enough of the counted asks have left the period.
                        OffsetDateTime possible = recent.get(recent.size() - config.asks())
                                .askedAt
                                .plus(config.period());
                        String reason = "ask budget reached: " + recent.size() + " asks of " + advocateId
                                + " within " + config.period().toDays() + " days (at most " + config.asks()
                                + "); possible from " + possible;
                        Log.debugf("Deferred a %s: %s", kind, reason);
                        return Uni.createFrom().item(new Deferral(reason, possible));
                    }
                    AdvocateAsk ask = new AdvocateAsk();
                    ask.id = UUID.randomUUID();
                    ask.advocateId = advocateId;
                    ask.askedAt = at;
                    ask.kind = kind;
                    ask.interactionId = interactionId;
                    return asks.persist(ask).call(asks::flush).replaceWith((Deferral) null);
                });
    }

    /**
     * Why an ask is deferred.
     *
     * @param reason the budget and how many asks were counted
     * @param possibleFrom when the budget allows it again
     */
    public record Deferral(String reason, OffsetDateTime possibleFrom) {}
}
