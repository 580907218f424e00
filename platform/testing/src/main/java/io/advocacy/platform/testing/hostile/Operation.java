package io.advocacy.platform.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of a service's OpenAPI document.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, such as {@code /advocates/{id}}
 * @param parameters its path and query parameters
 * @param bodyMediaType the media type of its request body, or null when it takes none
 * @param bodySchema the body's schema with references resolved lazily through the document, or null
 */
record Operation(String method, String path, List<Parameter> parameters, String bodyMediaType, JsonNode bodySchema) {

    /** A path or query parameter and its schema. */
    record Parameter(String name, String in, JsonNode schema) {}

    boolean hasInput() {
        return bodyMediaType != null || !parameters.isEmpty();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
