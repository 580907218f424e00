package io.advocacy.recognition.credential.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.repository.AwardRepository;
import io.advocacy.recognition.credential.repository.SigningKey;
import io.advocacy.recognition.credential.rest.VerificationView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Verifies a VC-JWT: its signature against the programme's published keys, then its claims against the award it
 * names, its validity window and whether the award was revoked.
 */
@ApplicationScoped
public class CredentialVerifier {

    private static final String URN_UUID = "urn:uuid:";

    private final SigningKeys keys;
    private final AwardRepository awards;
    private final IssuerConfig issuer;

    public CredentialVerifier(SigningKeys keys, AwardRepository awards, IssuerConfig issuer) {
        this.keys = keys;
        this.awards = awards;
        this.issuer = issuer;
    }

    @WithSession
    public Uni<VerificationView> verify(String jwt) {
        Result result = new Result();
        JWSObject jws;
        ObjectNode payload;
        try {
            jws = JWSObject.parse(jwt == null ? "" : jwt.trim());
            payload = CredentialMapper.readPayload(jwt.trim());
        } catch (ParseException | IllegalArgumentException e) {
            return Uni.createFrom().item(result.fail("format: not a JWS compact serialisation of a JSON credential"));
        }
        result.pass("format");
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                || jws.getHeader().getKeyID() == null) {
            return Uni.createFrom().item(result.fail("signature: not an ES256 JWS naming its key (kid)"));
        }
        String kid = jws.getHeader().getKeyID();
        return keys.byKid(kid).chain(key -> {
            if (key == null) {
                return Uni.createFrom().item(result.fail("signature: no published key has kid " + kid));
            }
            if (!signatureHolds(jws, key)) {
                return Uni.createFrom().item(result.fail("signature: does not verify with key " + kid));
            }
            result.pass("signature");
            return checkClaims(payload, result);
        });
    }

    private static boolean signatureHolds(JWSObject jws, SigningKey key) {
        try {
            return jws.verify(new ECDSAVerifier(SigningKeys.publicJwk(key)));
        } catch (JOSEException e) {
            Log.debugf("Signature check with key %s failed: %s", key.kid, e.getMessage());
            return false;
        }
    }

    private Uni<VerificationView> checkClaims(ObjectNode payload, Result result) {
        String iss = text(payload, "iss");
        if (issuer.issuerUrl().equals(iss) && iss.equals(text(payload.path("issuer"), "id"))) {
            result.pass("issuer");
        } else {
            result.error("issuer: iss " + iss + " is not this programme's issuer " + issuer.issuerUrl());
        }
        String jti = text(payload, "jti");
        UUID awardId = uuidOf(jti);
        if (awardId == null || !jti.equals(text(payload, "id"))) {
            result.error("id: jti " + jti + " is not the credential's urn:uuid id");
            return Uni.createFrom().item(result.done());
        }
        return awards.findById(awardId).map(award -> {
            if (award == null) {
                result.error("id: award " + awardId + " does not exist");
                return result.done();
            }
            result.pass("id");
            checkSubject(payload, award, result);
            checkWindow(payload, result);
            if (award.revokedAt == null) {
                result.pass("revocation");
            } else {
                result.error("revocation: revoked at " + award.revokedAt + ": " + award.revocationReason);
            }
            return result.done();
        });
    }

    private static void checkSubject(ObjectNode payload, Award award, Result result) {
        String sub = text(payload, "sub");
        String expected = CredentialMapper.urn(award.advocateId);
        if (expected.equals(sub) && sub.equals(text(payload.path("credentialSubject"), "id"))) {
            result.pass("subject");
        } else {
            result.error("subject: sub " + sub + " is not the awarded advocate " + expected);
        }
    }

    private static void checkWindow(ObjectNode payload, Result result) {
        Instant now = Instant.now();
        JsonNode nbf = payload.get("nbf");
        JsonNode exp = payload.get("exp");
        String validFrom = text(payload, "validFrom");
        String validUntil = text(payload, "validUntil");
        if (nbf == null || !nbf.canConvertToLong() || validFrom == null) {
            result.error("validity: nbf or validFrom missing");
        } else if (Instant.ofEpochSecond(nbf.asLong()).isAfter(now)
                || parse(validFrom).isAfter(now)) {
            result.error("validity: not valid before " + validFrom);
        } else if ((exp != null && !Instant.ofEpochSecond(exp.asLong()).isAfter(now))
                || (validUntil != null && !parse(validUntil).isAfter(now))) {
            result.error("validity: expired at " + validUntil);
        } else {
            result.pass("validity");
        }
    }

    private static Instant parse(String instant) {
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }

    private static UUID uuidOf(String urn) {
        if (urn == null || !urn.startsWith(URN_UUID)) {
            return null;
        }
        try {
            return UUID.fromString(urn.substring(URN_UUID.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    /** The checks passed and the errors found so far. */
    private static final class Result {
        private final List<String> checks = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();

        void pass(String check) {
            checks.add(check);
        }

        void error(String error) {
            errors.add(error);
        }

        VerificationView fail(String error) {
            error(error);
            return done();
        }

        VerificationView done() {
            return new VerificationView(errors.isEmpty(), List.copyOf(checks), List.copyOf(errors));
        }
    }
}
