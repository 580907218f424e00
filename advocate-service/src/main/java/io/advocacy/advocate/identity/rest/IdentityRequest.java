package io.advocacy.advocate.identity.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An identity a manager adds to a profile: a handle the person declared on a platform ({@code platform} and
 * {@code handle}), or their email ({@code email} and {@code verified}). One of the two, not both.
 *
 * @param platform where the handle is, for example {@code mastodon}
 * @param handle the handle there, with or without a leading {@code @}
 * @param email the person's email
 * @param verified true when the manager verified the email; only a verified email links (and may merge) profiles
 */
public record IdentityRequest(
        @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\s*", message = "letters, digits, '.', '_' or '-'")
        String platform,

        @Size(min = 1, max = 200) @Pattern(regexp = "\\s*@?[^\\s@][^\\s]*\\s*", message = "one handle, no spaces")
        String handle,

        @Email @Size(max = 320) String email,
        Boolean verified) {}
