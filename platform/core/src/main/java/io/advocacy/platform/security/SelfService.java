package io.advocacy.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells whether the caller is the advocate a request is about: role {@code advocate}, and the token's
 * {@code advocate_id} claim equal to the advocate's id. Without the claim an advocate is nobody's self.
 */
public final class SelfService {

    /** The token claim that names the advocate a person is. */
    public static final String ADVOCATE_ID_CLAIM = "advocate_id";

    private SelfService() {}

    public static boolean isSelf(SecurityIdentity identity, UUID advocateId) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.ADVOCATE)) {
            return false;
        }
        Object claimed =
                identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(ADVOCATE_ID_CLAIM) : null;
        return claimed != null
                && advocateId.toString().equals(claimed.toString().replace("\"", ""));
    }

    /** True for managers and admins, and for the advocate themself. */
    public static boolean mayActFor(SecurityIdentity identity, UUID advocateId) {
        return identity.hasRole(Roles.ADVOCATE_MANAGER)
                || identity.hasRole(Roles.PROGRAM_ADMIN)
                || isSelf(identity, advocateId);
    }
}
