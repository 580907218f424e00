package io.advocacy.interaction.preference.rest;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.SelfService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Decides whether the caller may see and change one advocate's own settings: managers and admins may for anyone, an
 * {@code advocate} only for themselves (the platform's {@link SelfService}: their token's {@code advocate_id} claim).
 */
@RequestScoped
public class AdvocateAccess {

    private final SecurityIdentity identity;

    public AdvocateAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Refuses with 403 unless the caller manages advocates or is this advocate. */
    public void check(UUID advocateId) {
        if (!SelfService.mayActFor(identity, advocateId)) {
            throw new ProblemException(403, "Forbidden", "only advocate " + advocateId + " or a manager may do this");
        }
    }

    /** The principal name of the caller. */
    public String caller() {
        return identity.getPrincipal().getName();
    }
}
