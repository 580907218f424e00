package io.advocacy.listening.mention.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Up to 1,000 mentions in one request. Each is validated on its own: an invalid one is rejected with its reasons and
 * the others go on.
 *
 * @param mentions the mentions
 */
public record MentionBatchRequest(
        @NotEmpty @Size(max = 1000) List<MentionRequest> mentions) {}
