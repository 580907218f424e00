package io.advocacy.advocate.manager.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A manager who starts looking after advocates.
 *
 * @param username their login name; advocates and interactions name their manager by it
 * @param capacity how many advocates they look after at most; {@code advocacy.advocates.default-capacity} when absent
 */
public record NewManagerRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain spaces")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @Min(0) @Max(100_000) Integer capacity) {}
