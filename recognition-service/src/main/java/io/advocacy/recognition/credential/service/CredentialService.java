package io.advocacy.recognition.credential.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.repository.AwardRepository;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
import io.advocacy.recognition.credential.repository.IssuedCredential;
import io.advocacy.recognition.credential.repository.IssuedCredentialRepository;
import io.advocacy.recognition.credential.repository.SigningKey;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Issues each award's credential once, signed by the programme's active key, and hands it out as signed. */
@ApplicationScoped
public class CredentialService {

    private final AwardRepository awards;
    private final BadgeDefinitionRepository badges;
    private final IssuedCredentialRepository credentials;
    private final SigningKeys keys;
    private final RecipientIdentities identities;
    private final IssuerConfig issuer;

    public CredentialService(
            AwardRepository awards,
            BadgeDefinitionRepository badges,
            IssuedCredentialRepository credentials,
            SigningKeys keys,
            RecipientIdentities identities,
            IssuerConfig issuer) {
        this.awards = awards;
        this.badges = badges;
        this.credentials = credentials;
        this.keys = keys;
        this.identities = identities;
        this.issuer = issuer;
    }

    /** The award's VC-JWT, issued on first request; 404 when there is no such award. */
    @WithTransaction
    public Uni<IssuedCredential> credentialOf(UUID awardId) {
        return credentials.findById(awardId).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            return awards.findById(awardId)
                    .plug(ProblemException.orNotFound("Award", awardId))
                    .chain(this::issue);
        });
    }

    private Uni<IssuedCredential> issue(Award award) {
        return badges.findById(award.badgeCode)
                .chain(badge -> identities.of(award.advocateId).chain(identity -> keys.active()
                        .map(key -> sign(
                                CredentialMapper.payload(award, badge, identity, issuer, Instant.now()), award, key))))
                .chain(credential -> credentials.insertIfAbsent(credential).chain(stored -> {
                    if (stored) {
                        Log.debugf("Issued the credential of award %s with key %s", award.id, credential.kid);
                        return Uni.createFrom().item(credential);
                    }
                    return credentials.findById(award.id);
                }));
    }

    private static IssuedCredential sign(ObjectNode payload, Award award, SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.kid)
                .type(new JOSEObjectType("vc+jwt"))
                .contentType("vc")
                .build();
        JWSObject jws = new JWSObject(header, new Payload(CredentialMapper.toJson(payload)));
        try {
            jws.sign(new ECDSASigner(SigningKeys.privateJwk(key)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.kid, e);
        }
        IssuedCredential credential = new IssuedCredential();
        credential.awardId = award.id;
        credential.kid = key.kid;
        credential.jwt = jws.serialize();
        credential.issuedAt = Instant.now().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return credential;
    }
}
