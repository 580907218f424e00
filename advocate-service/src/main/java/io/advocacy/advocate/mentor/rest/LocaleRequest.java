package io.advocacy.advocate.mentor.rest;

/**
 * A person's language and region, set by a manager; a null one becomes unknown.
 *
 * @param language ISO 639-1, such as {@code de}; any case
 * @param region ISO 3166-1 alpha-2, such as {@code AT}; any case
 */
public record LocaleRequest(
        @IsoCode(IsoCode.Kind.LANGUAGE) String language,
        @IsoCode(IsoCode.Kind.REGION) String region) {}
