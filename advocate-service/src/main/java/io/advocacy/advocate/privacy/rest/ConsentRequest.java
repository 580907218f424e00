package io.advocacy.advocate.privacy.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A grant or withdrawal of consent.
 *
 * @param purpose what the programme may do: contact, newsletter, spotlight (share their content), research, events
 * @param channel how: email, phone, social, in-person, any
 * @param granted true to grant, false to withdraw
 */
public record ConsentRequest(
        @NotNull
        @Pattern(
                regexp = "contact|newsletter|spotlight|research|events",
                message = "contact, newsletter, spotlight, research or events")
        String purpose,

        @NotNull
        @Pattern(regexp = "email|phone|social|in-person|any", message = "email, phone, social, in-person or any")
        String channel,

        @NotNull Boolean granted) {}
