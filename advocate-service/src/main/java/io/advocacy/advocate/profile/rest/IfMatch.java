package io.advocacy.advocate.profile.rest;

import java.util.Arrays;
import java.util.List;

/**
 * An {@code If-Match} precondition on a profile's ETag. An absent header or {@code *} accepts any version; otherwise
 * one of the listed strong tags must be the profile's current one (weak tags never match, as RFC 9110 says).
 *
 * @param header the header as the client sent it, or null
 */
public record IfMatch(String header) {

    /** True when a change may be applied to the profile at this version. */
    public boolean accepts(long version) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return true;
        }
        return tags().contains(ProfileTag.quoted(version));
    }

    private List<String> tags() {
        return Arrays.stream(header.split(",")).map(String::strip).toList();
    }
}
