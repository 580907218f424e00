package io.advocacy.recognition.criteria.rest;

import java.time.OffsetDateTime;

/**
 * One fact of a person's history, as criteria see it.
 *
 * @param kind positive-mention, negative-mention, interaction-attended, interaction-missed, category-reached,
 *     mentee-settled, council-term-served or featured
 * @param ref what it came from: the mention, interaction, mentoring, council term or spotlight id (or the event id)
 * @param fromCategory for category-reached: the category left, null when just discovered
 * @param toCategory for category-reached: the category reached
 */
public record FactView(String kind, OffsetDateTime occurredAt, String ref, String fromCategory, String toCategory) {}
