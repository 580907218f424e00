package io.advocacy.recognition.reward.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Granted rewards. */
@ApplicationScoped
public class RewardGrantRepository implements PanacheRepositoryBase<RewardGrant, UUID> {}
