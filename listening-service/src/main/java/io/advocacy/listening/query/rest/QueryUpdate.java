package io.advocacy.listening.query.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of a query; mentions matched by earlier versions keep them.
 *
 * @param expression what to listen for from now on
 * @param platforms the platforms it applies to; empty or absent for all
 * @param languages the languages (ISO 639-1) it applies to; empty or absent for all
 */
public record QueryUpdate(
        @NotBlank @Size(max = 2000) String expression,
        @Size(max = 50) List<@NotBlank @Size(max = 40) String> platforms,

        @Size(max = 50)
        List<@Pattern(regexp = "[a-z]{2}", message = "an ISO 639-1 code such as en") String> languages) {}
