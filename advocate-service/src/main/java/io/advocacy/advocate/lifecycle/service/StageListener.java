package io.advocacy.advocate.lifecycle.service;

import io.advocacy.advocate.lifecycle.repository.StageChange;
import io.advocacy.advocate.profile.repository.Advocate;
import io.smallrye.mutiny.Uni;

/**
 * Reacts to a person's move through the lifecycle in the same transaction as the move, after it is flushed; a
 * failure rolls the move back. Implement it as a bean; {@link LifecycleService} calls every one.
 */
public interface StageListener {

    Uni<Void> stageChanged(Advocate advocate, StageChange change);
}
