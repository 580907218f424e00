package io.advocacy.listening.query.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new listening query.
 *
 * @param programme the programme it belongs to, for example {@code lumen-advocates}
 * @param name a name unique within the programme
 * @param expression what to listen for: words, "phrases", AND, OR, NOT, parentheses, a trailing * for a prefix
 * @param platforms the platforms it applies to; empty or absent for all
 * @param languages the languages (ISO 639-1) it applies to; empty or absent for all
 */
public record QueryRequest(
        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lower-case letters, digits and '-'")
        String programme,

        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 2000) String expression,
        @Size(max = 50) List<@NotBlank @Size(max = 40) String> platforms,

        @Size(max = 50)
        List<@Pattern(regexp = "[a-z]{2}", message = "an ISO 639-1 code such as en") String> languages) {}
