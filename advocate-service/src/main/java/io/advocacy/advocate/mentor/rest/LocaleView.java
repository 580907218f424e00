package io.advocacy.advocate.mentor.rest;

import java.util.UUID;

/**
 * A person's language and region.
 *
 * @param language ISO 639-1, lower case, or null while unknown
 * @param region ISO 3166-1 alpha-2, upper case, or null while unknown
 */
public record LocaleView(UUID advocateId, String language, String region) {}
