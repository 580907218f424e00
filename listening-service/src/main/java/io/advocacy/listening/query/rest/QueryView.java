package io.advocacy.listening.query.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A listening query as the API shows it: its current version, and on a single read every version.
 *
 * @param platforms the platforms it applies to; empty for all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryView(
        UUID id,
        String programme,
        String name,
        boolean active,
        int version,
        String expression,
        List<String> platforms,
        List<String> languages,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Version> versions) {

    /** One saved version. */
    public record Version(
            int version,
            String expression,
            List<String> platforms,
            List<String> languages,
            OffsetDateTime createdAt,
            String createdBy) {}
}
