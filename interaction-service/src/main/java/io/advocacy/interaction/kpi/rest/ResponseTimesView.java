package io.advocacy.interaction.kpi.rest;

/**
 * How quickly interactions of a kind were done: from their trigger (a mention's publication, a stage change) to the
 * outcome {@code attended}.
 *
 * @param manager only this manager's, or null for everyone's
 * @param completed how many were done; the times below are null when none was
 * @param meanMinutes their mean
 * @param medianMinutes their median
 * @param p90Minutes 90 % were done within this (nearest rank)
 */
public record ResponseTimesView(
        String kind, String manager, int completed, Double meanMinutes, Double medianMinutes, Double p90Minutes) {}
