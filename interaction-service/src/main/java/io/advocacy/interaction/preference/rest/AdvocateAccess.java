package io.advocacy.interaction.preference.rest;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides whether the caller may see and change one advocate's own settings: managers and admins may for anyone, an
 * {@code advocate} only for themselves, that is when their token's {@code advocate_id} claim is the advocate's id.
 */
@RequestScoped
public class AdvocateAccess {

    /** The role of an advocate signing in to look after their own settings. */
    public static final String ADVOCATE = "advocate";

    /** The token claim that says which advocate the caller is. */
    public static final String ADVOCATE_ID_CLAIM = "advocate_id";

    private final SecurityIdentity identity;

    public AdvocateAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Refuses with 403 unless the caller manages advocates or is this advocate. */
    public void check(UUID advocateId) {
        if (identity.hasRole(Roles.ADVOCATE_MANAGER) || identity.hasRole(Roles.PROGRAM_ADMIN)) {
            return;
        }
        if (identity.hasRole(ADVOCATE) && advocateId.toString().equals(claimedAdvocateId())) {
            return;
        }
        throw new ProblemException(403, "Forbidden", "only advocate " + advocateId + " or a manager may do this");
    }

    /** The principal name of the caller. */
    public String caller() {
        return identity.getPrincipal().getName();
    }

    private String claimedAdvocateId() {
        if (identity.getPrincipal() instanceof JsonWebToken) {
            Object claim = ((JsonWebToken) identity.getPrincipal()).getClaim(ADVOCATE_ID_CLAIM);
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }
}
