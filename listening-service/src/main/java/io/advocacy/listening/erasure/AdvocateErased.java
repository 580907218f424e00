package io.advocacy.listening.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** What listening-service reads of {@code io.advocacy.advocate.erased.v1}: whose data to remove. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateErased(
        @NotNull UUID advocateId, @NotBlank String authorKey) {}
