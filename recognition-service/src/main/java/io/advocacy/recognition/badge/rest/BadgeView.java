package io.advocacy.recognition.badge.rest;

/**
 * A badge as the API shows it.
 *
 * @param code its identity, for example {@code first-voice}
 * @param name what people see
 * @param description what it recognises
 * @param criteria what earns it
 */
public record BadgeView(String code, String name, String description, String criteria) {}
