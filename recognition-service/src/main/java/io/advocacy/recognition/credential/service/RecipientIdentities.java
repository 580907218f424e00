package io.advocacy.recognition.credential.service;

import io.advocacy.recognition.credential.repository.IssuedCredentialRepository;
import io.advocacy.recognition.credential.repository.RecipientIdentity;
import io.advocacy.recognition.credential.repository.RecipientIdentityRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps each person's email address as Open Badges 3.0 names a recipient, hashed with a salt of their own: the address
 * itself is never stored. Runs in the caller's transaction (the consumer's, for the events that set and erase it).
 */
@ApplicationScoped
public class RecipientIdentities {

    /** The prefix of an Open Badges identity hash made with SHA-256. */
    public static final String SHA256 = "sha256$";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final RecipientIdentityRepository identities;
    private final IssuedCredentialRepository credentials;

    public RecipientIdentities(RecipientIdentityRepository identities, IssuedCredentialRepository credentials) {
        this.identities = identities;
        this.credentials = credentials;
    }

    /**
     * Remembers the person's email address, hashed; a null or blank address is unknown and changes nothing, the same
     * address again keeps its salt, and another one replaces it. Credentials already issued keep what they were signed
     * with.
     */
    public Uni<Void> remember(UUID advocateId, String email) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        String address = normalise(email);
        return identities.findById(advocateId).chain(known -> {
            if (known != null && known.identityHash.equals(hash(address, known.salt))) {
                return Uni.createFrom().voidItem();
            }
            RecipientIdentity identity = new RecipientIdentity();
            identity.advocateId = advocateId;
            identity.identityType = RecipientIdentity.EMAIL_ADDRESS;
            identity.salt = HEX.formatHex(salt());
            identity.identityHash = hash(address, identity.salt);
            identity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            Log.debugf("Hashed the email address of advocate %s", advocateId);
            return identities.upsert(identity);
        });
    }

    /** The person's hashed identity, or null when their email address is unknown. */
    public Uni<RecipientIdentity> of(UUID advocateId) {
        return identities.findById(advocateId);
    }

    /**
     * Forgets an erased person: their hashed email and the stored credentials that carry it. Their awards stay, so a
     * credential requested again is signed afresh, naming them by advocate id alone.
     */
    public Uni<Void> erase(UUID advocateId) {
        return identities
                .deleteOf(advocateId)
                .chain(identitiesRemoved -> credentials
                        .deleteOfAdvocate(advocateId)
                        .invoke(credentialsRemoved -> {
                            Log.debugf(
                                    "Erased advocate %s: %d hashed identity, %d stored credentials",
                                    advocateId, identitiesRemoved, credentialsRemoved);
                        }))
                .replaceWithVoid();
    }

    /** The Open Badges identity hash of an address with a salt: {@code sha256$} and hex of SHA-256(address + salt). */
    static String hash(String address, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return SHA256 + HEX.formatHex(sha256.digest((address + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Addresses are compared and hashed trimmed and in lower case, as badge verifiers hash the address they know. */
    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
