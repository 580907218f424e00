package io.advocacy.interaction.cadence.rest;

import java.util.UUID;

/**
 * How consistently an advocate's check-ins are kept.
 *
 * @param kept completed on or before the day they were due (in the advocate's time zone)
 * @param late completed after the day they were due
 * @param missed declined or not turned up to
 * @param upcoming still scheduled
 * @param score kept / (kept + late + missed), or null before any check-in has an outcome
 */
public record ConsistencyView(UUID advocateId, int kept, int late, int missed, int upcoming, Double score) {}
