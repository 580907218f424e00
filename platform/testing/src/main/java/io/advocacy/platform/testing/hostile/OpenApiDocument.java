package io.advocacy.platform.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A service's OpenAPI document, read for the operations to send hostile input to. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    OpenApiDocument(String json) {
        try {
            this.root = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an OpenAPI JSON document", e);
        }
    }

    /** Every operation, in document order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(
                            operation(path.getKey(), method, op, path.getValue().path("parameters")));
                }
            }
        }
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names; never null. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? new ObjectMapper().createObjectNode() : schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    /** The schema's type, with OpenAPI 3.1's {@code ["string", "null"]} read as {@code string}. */
    String typeOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.get("type");
        if (type == null) {
            return resolved.has("properties") ? "object" : "any";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private Operation operation(String path, String method, JsonNode op, JsonNode shared) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode params : List.of(shared, op.path("parameters"))) {
            for (JsonNode p : params) {
                JsonNode param = resolve(p);
                String in = param.path("in").asText();
                if ("path".equals(in) || "query".equals(in)) {
                    parameters.add(new Operation.Parameter(param.path("name").asText(), in, param.get("schema")));
                }
            }
        }
        String mediaType = null;
        JsonNode bodySchema = null;
        JsonNode content = resolve(op.path("requestBody")).path("content");
        if (content instanceof ObjectNode contentTypes && contentTypes.size() > 0) {
            mediaType = contentTypes.has("application/json")
                    ? "application/json"
                    : contentTypes.fieldNames().next();
            bodySchema = contentTypes.get(mediaType).get("schema");
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, parameters, mediaType, bodySchema);
    }
}
