package io.advocacy.platform.testing.hostile;

import java.util.Map;

/**
 * One request that a correct service must refuse with a 4xx problem+json and no effect.
 *
 * @param operation the operation it targets
 * @param kind what makes it hostile, such as {@code type-confused body field items[0].name}
 * @param path the concrete path, already percent-encoded
 * @param query query parameters, not yet encoded
 * @param contentType the body's content type, or null
 * @param body the body, or null
 */
public record HostileRequest(
        String operation, String kind, String path, Map<String, String> query, String contentType, byte[] body) {

    /** The operation and what was hostile about it, for reports. */
    public String describe() {
        return operation + " [" + kind + "]";
    }
}
