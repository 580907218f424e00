package io.advocacy.interaction.schedule.repository;

import java.util.UUID;

/**
 * Which interactions a list shows; a null criterion matches every interaction.
 *
 * @param advocateId only this person's
 * @param manager only this manager's
 * @param status only those in this status
 */
public record InteractionFilter(UUID advocateId, String manager, String status) {}
