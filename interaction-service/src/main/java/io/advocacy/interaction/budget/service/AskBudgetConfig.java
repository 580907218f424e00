package io.advocacy.interaction.budget.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often a person may be asked for something, across all playbooks and managers. */
@ConfigMapping(prefix = "advocacy.interactions.ask-budget")
public interface AskBudgetConfig {

    /** The most asks of one person within {@link #period()}. */
    @WithDefault("2")
    int asks();

    /** The rolling period the asks are counted over. */
    @WithDefault("P30D")
    Duration period();
}
