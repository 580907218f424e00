package io.advocacy.recognition.badge.rest;

/**
 * What a backfill did.
 *
 * @param badgeCode the badge evaluated
 * @param advocates how many people's fact logs were evaluated
 * @param awarded how many awards it made (0 when run again)
 */
public record BackfillView(String badgeCode, int advocates, int awarded) {}
