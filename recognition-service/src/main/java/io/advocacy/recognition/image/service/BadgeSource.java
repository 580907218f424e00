package io.advocacy.recognition.image.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * What a badge's pictures are made from: the award's credential as signed, and what it says about the badge.
 *
 * @param awardId the award
 * @param jwt the VC-JWT baked into the pictures
 * @param credential the credential the VC-JWT carries
 */
public record BadgeSource(UUID awardId, String jwt, ObjectNode credential) {

    /** The badge's name, as the credential names it. */
    public String badgeName() {
        return credential.path("name").asText("Badge");
    }

    /** The issuing programme's name, as the credential names it. */
    public String issuerName() {
        return credential.path("issuer").path("name").asText("");
    }
}
