package io.advocacy.recognition.image.service;

import io.advocacy.recognition.credential.rest.VerificationView;
import io.advocacy.recognition.credential.service.CredentialMapper;
import io.advocacy.recognition.credential.service.CredentialService;
import io.advocacy.recognition.credential.service.CredentialVerifier;
import io.advocacy.recognition.credential.service.IssuerConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An award's badge pictures with its credential baked in, the links to them, and what verifying it finds. The
 * pictures are made from the credential alone, so they change only when the way they are drawn does.
 */
@ApplicationScoped
public class BadgeImages {

    /** Raises with every change to how pictures are drawn, so that caches fetch them again. */
    static final String DRAWING = "emblem-1";

    /** The side of the PNG, in pixels: twice the size it is shown at, for sharp high-density screens. */
    public static final int PNG_SIDE = 240;

    /** The side the snippet shows the badge at, in CSS pixels. */
    public static final int SHOWN_SIDE = 120;

    private final CredentialService credentials;
    private final CredentialVerifier verifier;
    private final IssuerConfig issuer;

    public BadgeImages(CredentialService credentials, CredentialVerifier verifier, IssuerConfig issuer) {
        this.credentials = credentials;
        this.verifier = verifier;
        this.issuer = issuer;
    }

    /** The award's credential and badge, its credential issued on first request; 404 when there is no such award. */
    public Uni<BadgeSource> sourceOf(UUID awardId) {
        return credentials
                .credentialOf(awardId)
                .map(issued -> new BadgeSource(awardId, issued.jwt, CredentialMapper.credential(issued.jwt)));
    }

    /** What verifying the award's own credential finds now. */
    public Uni<VerificationView> verify(BadgeSource source) {
        return verifier.verify(source.jwt());
    }

    /** The entity tag of a picture in one format: it changes with the credential and with the drawing. */
    public static String etag(BadgeSource source, String format) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((DRAWING + "\n" + format + "\n" + source.jwt()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The badge as SVG with the credential baked in. Draws: call it off the event loop. */
    public byte[] svg(BadgeSource source) {
        return BadgeBaker.svg(Emblem.of(source.badgeName(), source.issuerName()).svg(), source.jwt());
    }

    /** The badge as PNG with the credential baked in. Draws: call it off the event loop. */
    public byte[] png(BadgeSource source) {
        return BadgeBaker.png(Emblem.of(source.badgeName(), source.issuerName()).raster(PNG_SIDE), source.jwt());
    }

    /** The public URL of one of the award's resources under {@code /credentials/{awardId}}. */
    public String publicUrl(UUID awardId, String resource) {
        return issuer.publicBase() + "/credentials/" + awardId + (resource.isEmpty() ? "" : "/" + resource);
    }

    /** The base of this service's public links, without a trailing slash. */
    public String publicBase() {
        return issuer.publicBase();
    }

    /** The alternative text of the badge: its name and the programme's. */
    public static String altText(BadgeSource source) {
        return source.issuerName().isBlank() ? source.badgeName() : source.badgeName() + " — " + source.issuerName();
    }
}
