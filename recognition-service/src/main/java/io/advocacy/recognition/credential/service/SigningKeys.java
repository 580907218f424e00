package io.advocacy.recognition.credential.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.advocacy.recognition.credential.repository.SigningKey;
import io.advocacy.recognition.credential.repository.SigningKeyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The programme's P-256 signing keys: made on first use, rotated on demand, public halves published. */
@ApplicationScoped
public class SigningKeys {

    private final SigningKeyRepository keys;
    private final IssuerConfig issuer;

    public SigningKeys(SigningKeyRepository keys, IssuerConfig issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /**
     * The key that signs now, made when the programme has none; runs in the caller's transaction. Two callers racing
     * to make the first key both end up with the one that was stored.
     */
    public Uni<SigningKey> active() {
        return keys.active(issuer.programme()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            SigningKey first = generate();
            return keys.insertIfNoneActive(first)
                    .invoke(stored -> {
                        if (stored) {
                            Log.debugf("Made the first signing key of %s: %s", issuer.programme(), first.kid);
                        }
                    })
                    .chain(() -> keys.active(issuer.programme()));
        });
    }

    /** Retires the active key and makes a new one, which signs from now on; the old public key stays published. */
    @WithTransaction
    public Uni<SigningKey> rotate() {
        SigningKey next = generate();
        return keys.retireActive(issuer.programme(), next.createdAt)
                .chain(() -> keys.insertIfNoneActive(next))
                .map(stored -> {
                    if (!stored) {
                        throw new IllegalStateException("Another rotation of " + issuer.programme() + " won the race");
                    }
                    Log.debugf("Rotated the signing key of %s to %s", issuer.programme(), next.kid);
                    return next;
                });
    }

    /** Every key the programme ever signed with, oldest first. */
    @WithSession
    public Uni<List<SigningKey>> all() {
        return keys.all(issuer.programme());
    }

    /** The key with this kid, or null. */
    public Uni<SigningKey> byKid(String kid) {
        return keys.findById(kid).map(key -> key != null && key.programme.equals(issuer.programme()) ? key : null);
    }

    /** The public JWK of a stored key. */
    public static ECKey publicJwk(SigningKey key) {
        return parse(key.publicJwk);
    }

    /** The private JWK of a stored key, for signing only. */
    static ECKey privateJwk(SigningKey key) {
        return parse(key.privateJwk);
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a valid EC JWK", e);
        }
    }

    private SigningKey generate() {
        try {
            ECKey jwk = new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
            SigningKey key = new SigningKey();
            key.kid = jwk.getKeyID();
            key.programme = issuer.programme();
            key.publicJwk = jwk.toPublicJWK().toJSONString();
            key.privateJwk = jwk.toJSONString();
            key.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make a P-256 key", e);
        }
    }
}
