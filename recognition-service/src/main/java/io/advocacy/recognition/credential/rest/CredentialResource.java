package io.advocacy.recognition.credential.rest;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.credential.service.CredentialMapper;
import io.advocacy.recognition.credential.service.CredentialService;
import io.advocacy.recognition.credential.service.CredentialVerifier;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Awards as Open Badges 3.0 credentials, public so that anyone shown one can fetch and verify it. */
@Path("/credentials")
@PermitAll
public class CredentialResource {

    /** The media type of a VC-JWT. */
    public static final String VC_JWT = "application/vc+jwt";

    private final CredentialService credentials;
    private final CredentialVerifier verifier;

    public CredentialResource(CredentialService credentials, CredentialVerifier verifier) {
        this.credentials = credentials;
        this.verifier = verifier;
    }

    @GET
    @Path("/{awardId}")
    @Produces({VC_JWT, MediaType.APPLICATION_JSON})
    @Operation(summary = "The award's credential: the VC-JWT, or its JSON credential with Accept: application/json")
    public Uni<Response> get(@PathParam("awardId") UUID awardId, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(VC_JWT);
        return credentials
                .credentialOf(awardId)
                .map(issued -> json
                        ? Response.ok(CredentialMapper.credential(issued.jwt), MediaType.APPLICATION_JSON_TYPE)
                                .build()
                        : Response.ok(issued.jwt, VC_JWT).build());
    }

    @POST
    @Path("/verify")
    @Consumes({MediaType.TEXT_PLAIN, VC_JWT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a VC-JWT sent as the body")
    public Uni<VerificationView> verifyText(String jwt) {
        if (jwt != null && jwt.length() > VerifyRequest.MAX_LENGTH) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "the credential is longer than any this service reads",
                    List.of(new Problem.Violation(
                            "credential", "must be at most " + VerifyRequest.MAX_LENGTH + " characters")));
        }
        return verifier.verify(jwt);
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a VC-JWT sent as {\"credential\": \"...\"}")
    public Uni<VerificationView> verifyJson(@NotNull @Valid VerifyRequest request) {
        return verifier.verify(request.credential());
    }
}
