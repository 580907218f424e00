package io.advocacy.interaction.cadence.rest;

import io.advocacy.interaction.kpi.rest.ResponseTimesView;

/**
 * How consistently a manager keeps their interactions (every kind but invitations to sessions, which are the
 * advocates' to attend).
 *
 * @param kept completed on or before the day they were due (UTC)
 * @param late completed after the day they were due
 * @param missed declined or not turned up to
 * @param upcoming still scheduled
 * @param deferred waiting for the person's ask budget or a week with room
 * @param score kept / (kept + late + missed), or null before any has an outcome
 * @param thankYouResponseTimes the manager's thank-yous, from the mention's publication to done
 */
public record ManagerConsistencyView(
        String manager,
        int kept,
        int late,
        int missed,
        int upcoming,
        int deferred,
        Double score,
        ResponseTimesView thankYouResponseTimes) {}
