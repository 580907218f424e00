package io.advocacy.recognition.credential.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A credential to verify.
 *
 * @param credential the VC-JWT, JWS compact serialisation; credentials this service issues are a few kilobytes
 */
public record VerifyRequest(
        @NotNull @Size(max = VerifyRequest.MAX_LENGTH) String credential) {

    /** The longest credential read; anything longer is a 400, not a verification. */
    public static final int MAX_LENGTH = 65_536;
}
