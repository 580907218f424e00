package io.advocacy.listening.mention.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Up to 1,000 mentions in one request.
 *
 * @param mentions the mentions, each validated as a single one would be
 */
public record MentionBatchRequest(
        @NotEmpty @Size(max = 1000) List<@Valid MentionRequest> mentions) {}
