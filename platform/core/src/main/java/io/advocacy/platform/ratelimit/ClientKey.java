package io.advocacy.platform.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a request counts against: a signed-in caller by their token's client ({@code azp}) and subject, so people
 * sharing a public client each have their own bucket; anyone else by their address.
 *
 * @param bucket the key of the caller's bucket
 * @param clientId the OAuth client the caller came through, or null; names a configured limit
 */
record ClientKey(String bucket, String clientId) {

    static ClientKey of(SecurityIdentity identity, String remoteAddress) {
        if (identity == null || identity.isAnonymous()) {
            return new ClientKey("address:" + remoteAddress, null);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            String subject = token.getSubject() != null ? token.getSubject() : token.getName();
            return new ClientKey("client:" + client + ":" + subject, client);
        }
        return new ClientKey("user:" + identity.getPrincipal().getName(), null);
    }
}
