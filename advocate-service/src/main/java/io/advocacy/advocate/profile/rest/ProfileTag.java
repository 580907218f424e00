package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.profile.service.VersionedProfile;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** The ETag of a profile: its stored version as a strong entity tag, so a client can make a change conditional. */
public final class ProfileTag {

    private ProfileTag() {}

    /** The tag as it appears in the {@code ETag} and {@code If-Match} headers, quotes included. */
    public static String quoted(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 answer with the profile and its ETag. */
    public static RestResponse<AdvocateView> ok(VersionedProfile profile) {
        return RestResponse.ResponseBuilder.ok(profile.profile())
                .tag(new EntityTag(Long.toString(profile.version())))
                .build();
    }
}
