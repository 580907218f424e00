package io.advocacy.recognition.credential.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.credential.repository.RecipientIdentity;
import io.advocacy.recognition.credential.repository.SigningKey;
import io.advocacy.recognition.credential.rest.KeyView;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps awards to Open Badges 3.0 credentials and their VC-JWT claims, and keys to the wire, in one place. */
public final class CredentialMapper {

    /** The W3C Verifiable Credentials data model 2.0 context. */
    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    /** The Open Badges 3.0 context. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The JWT claims that carry the credential's identity and window, beside the credential's own properties. */
    static final List<String> JWT_CLAIMS = List.of("iss", "sub", "jti", "nbf", "iat", "exp");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialMapper() {}

    /** The {@code urn:uuid:} id of a uuid, as credentials name awards and advocates. */
    public static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    /**
     * The OpenBadgeCredential for an award, with the JWT claims that bind it, as the VC-JWT's payload. The subject is
     * the advocate's {@code urn:uuid:} id and, when their email address is known, also an {@code identifier} holding it
     * hashed with its salt.
     */
    static ObjectNode payload(
            Award award, BadgeDefinition badge, RecipientIdentity identity, IssuerConfig issuer, Instant issuedAt) {
        Instant validFrom = award.awardedAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = validUntil(award, badge);
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", urn(award.id));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", badge.name);
        ObjectNode profile = credential.putObject("issuer");
        profile.put("id", issuer.issuerUrl());
        profile.putArray("type").add("Profile");
        profile.put("name", issuer.issuerName());
        profile.put("url", issuer.issuerUrl());
        credential.put("validFrom", validFrom.toString());
        if (validUntil != null) {
            credential.put("validUntil", validUntil.toString());
        }
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", urn(award.advocateId));
        subject.putArray("type").add("AchievementSubject");
        if (identity != null) {
            ObjectNode identifier = subject.putArray("identifier").addObject();
            identifier.put("type", "IdentityObject");
            identifier.put("identityType", identity.identityType);
            identifier.put("hashed", true);
            identifier.put("identityHash", identity.identityHash);
            identifier.put("salt", identity.salt);
        }
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", issuer.issuerUrl() + "/badges/" + badge.code);
        achievement.putArray("type").add("Achievement");
        achievement.put("name", badge.name);
        achievement.put("description", badge.description);
        achievement.putObject("criteria").put("narrative", badge.criteria);
        credential.put("iss", issuer.issuerUrl());
        credential.put("sub", urn(award.advocateId));
        credential.put("jti", urn(award.id));
        credential.put("nbf", validFrom.getEpochSecond());
        credential.put("iat", issuedAt.getEpochSecond());
        if (validUntil != null) {
            credential.put("exp", validUntil.getEpochSecond());
        }
        return credential;
    }

    private static Instant validUntil(Award award, BadgeDefinition badge) {
        if (badge.validDays == null) {
            return null;
        }
        return award.awardedAt.toInstant().truncatedTo(ChronoUnit.SECONDS).plus(badge.validDays, ChronoUnit.DAYS);
    }

    /** The credential a VC-JWT carries, without the JWT claims, as JSON. */
    public static ObjectNode credential(String jwt) {
        ObjectNode payload = readPayload(jwt);
        payload.remove(JWT_CLAIMS);
        return payload;
    }

    /** The VC-JWT's whole payload; fails with {@link IllegalArgumentException} when it is not a JWS of JSON. */
    static ObjectNode readPayload(String jwt) {
        try {
            return (ObjectNode) JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
        } catch (ParseException | JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JWS compact serialisation of a JSON credential", e);
        }
    }

    static String toJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A credential cannot be written as JSON", e);
        }
    }

    /** A key as admins see it: never its private half. */
    public static KeyView toView(SigningKey key) {
        return new KeyView(key.kid, key.createdAt, key.retiredAt);
    }

    /** The JWKS document of the programme's public keys. */
    public static Map<String, Object> jwks(List<SigningKey> keys) {
        return Map.of(
                "keys",
                keys.stream()
                        .map(key -> SigningKeys.publicJwk(key).toPublicJWK().toJSONObject())
                        .toList());
    }
}
