package io.advocacy.recognition.credential.rest;

/**
 * A credential to verify.
 *
 * @param credential the VC-JWT, JWS compact serialisation
 */
public record VerifyRequest(String credential) {}
