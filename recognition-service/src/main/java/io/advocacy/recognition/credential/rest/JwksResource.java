package io.advocacy.recognition.credential.rest;

import io.advocacy.recognition.credential.service.CredentialMapper;
import io.advocacy.recognition.credential.service.SigningKeys;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public keys credentials are verified with, retired ones included, public. */
@Path("/.well-known/jwks.json")
@PermitAll
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every public key the programme has signed credentials with, as a JWK set")
    public Uni<Map<String, Object>> jwks() {
        return keys.all().map(CredentialMapper::jwks);
    }
}
