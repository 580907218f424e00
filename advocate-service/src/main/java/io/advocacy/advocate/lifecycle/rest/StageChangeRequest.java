package io.advocacy.advocate.lifecycle.rest;

import io.advocacy.advocate.profile.repository.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of a person to another stage.
 *
 * @param stage where they move to: {@code discovered}, {@code invited}, {@code onboarded}, {@code active} or
 *     {@code alumni}
 * @param reason why, kept with the move
 */
public record StageChangeRequest(
        @NotNull Stage stage, @NotBlank @Size(max = 1000) String reason) {}
