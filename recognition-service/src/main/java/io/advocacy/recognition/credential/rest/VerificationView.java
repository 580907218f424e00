package io.advocacy.recognition.credential.rest;

import java.util.List;

/**
 * What verifying a credential found.
 *
 * @param verified true when every check passed
 * @param checks the checks that passed: {@code format}, {@code signature}, {@code issuer}, {@code subject},
 *     {@code id}, {@code validity}, {@code revocation}
 * @param errors why the others failed, in words
 */
public record VerificationView(boolean verified, List<String> checks, List<String> errors) {}
