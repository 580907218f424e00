package io.advocacy.recognition.level.rest;

/**
 * What a level backfill did.
 *
 * @param advocates how many people holding badges were evaluated
 * @param reached how many reached the level now (0 when run again)
 */
public record LevelBackfillView(String levelCode, int advocates, int reached) {}
