package io.advocacy.recognition.credential.rest;

import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.credential.service.CredentialMapper;
import io.advocacy.recognition.credential.service.SigningKeys;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programme's signing keys, for admins: which exist, and rotation. */
@Path("/keys")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class KeyResource {

    private final SigningKeys keys;

    public KeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Operation(summary = "Every signing key, oldest first, without its private half")
    public Uni<List<KeyView>> list() {
        return keys.all().map(all -> all.stream().map(CredentialMapper::toView).toList());
    }

    @POST
    @Path("/rotate")
    @Operation(summary = "Make a new signing key that signs from now on; the old public keys stay published")
    public Uni<KeyView> rotate() {
        return keys.rotate().map(CredentialMapper::toView);
    }
}
