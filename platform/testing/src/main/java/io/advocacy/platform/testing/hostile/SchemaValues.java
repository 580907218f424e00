package io.advocacy.platform.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values read off an OpenAPI schema: plausible bodies and parameters, and values no request with that schema can carry
 * (of the wrong type, or invalid whatever the data). Random choices come from the generator's seeded source.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiDocument document;
    private final Random random;

    SchemaValues(OpenApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** A value the parameter's schema makes invalid whatever the data, or null when there is none. */
    String invalidValueFor(JsonNode rawSchema) {
        JsonNode schema = document.resolve(rawSchema);
        String type = document.typeOf(schema);
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return "not-one-of-the-choices";
        }
        switch (type) {
            case "integer":
            case "number":
                List<String> bad = new ArrayList<>(List.of("abc", "1e999x", "0x1G"));
                if (schema.has("minimum")) {
                    bad.add(String.valueOf(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    bad.add(String.valueOf(schema.get("maximum").asLong() + 1));
                }
                return bad.get(random.nextInt(bad.size()));
            case "boolean":
                return "perhaps";
            case "string":
                if (format.equals("uuid")) {
                    return random.nextBoolean() ? "not-a-uuid" : "../../etc/passwd";
                }
                if (format.equals("date-time")) {
                    return "yesterday at noon";
                }
                if (format.equals("date")) {
                    return "2026-13-45";
                }
                if (schema.has("maxLength")) {
                    return "z".repeat(schema.get("maxLength").asInt() + 1);
                }
                if (schema.has("pattern")) {
                    return "\u0000 matches no pattern \u0000";
                }
                return null;
            default:
                return null;
        }
    }

    String validValueFor(JsonNode rawSchema) {
        JsonNode schema = document.resolve(rawSchema);
        String type = document.typeOf(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        return schema.path("format").asText("").equals("uuid")
                ? UUID.randomUUID().toString()
                : "x";
    }

    /** A body of the schema's shape with every required field present and plausible values. */
    JsonNode plausible(JsonNode rawSchema, int depth) {
        JsonNode schema = document.resolve(rawSchema);
        String type = document.typeOf(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0).deepCopy();
        }
        switch (type) {
            case "object":
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                Iterator<Map.Entry<String, JsonNode>> props =
                        schema.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    object.set(prop.getKey(), plausible(prop.getValue(), depth + 1));
                }
                return object;
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth <= 4) {
                    array.add(plausible(schema.get("items"), depth + 1));
                }
                return array;
            case "integer":
                return NODES.numberNode(
                        schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number":
                return NODES.numberNode(
                        schema.has("minimum") ? schema.get("minimum").asDouble() : 0.5);
            case "boolean":
                return NODES.booleanNode(false);
            case "string":
                return NODES.textNode(plausibleText(schema));
            default:
                return NODES.textNode("x");
        }
    }

    static String plausibleText(JsonNode schema) {
        switch (schema.path("format").asText("")) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date-time":
                return "2026-11-20T10:15:30Z";
            case "date":
                return "2026-11-20";
            case "email":
                return "someone@example.com";
            case "uri":
                return "https://example.com/x";
            default:
                return "x";
        }
    }

    /** A field of a plausible body, where it sits, and its schema. */
    record Field(ObjectNode parent, String name, String path, JsonNode schema, boolean required) {}

    List<Field> fields(JsonNode value, JsonNode rawSchema, String prefix, int depth) {
        List<Field> found = new ArrayList<>();
        JsonNode schema = document.resolve(rawSchema);
        if (depth > 3) {
            return found;
        }
        if (value instanceof ObjectNode object) {
            List<String> required = required(schema);
            Iterator<Map.Entry<String, JsonNode>> props =
                    schema.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> prop = props.next();
                String path = prefix.isEmpty() ? prop.getKey() : prefix + "." + prop.getKey();
                found.add(new Field(object, prop.getKey(), path, prop.getValue(), required.contains(prop.getKey())));
                found.addAll(fields(object.get(prop.getKey()), prop.getValue(), path, depth + 1));
            }
        } else if (value instanceof ArrayNode array && array.size() > 0) {
            found.addAll(fields(array.get(0), schema.get("items"), prefix + "[0]", depth + 1));
        }
        return found;
    }

    List<String> required(JsonNode rawSchema) {
        List<String> names = new ArrayList<>();
        document.resolve(rawSchema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** A value no deserializer can read as the schema's type (Jackson coerces numbers to text, so not those). */
    JsonNode wrongTypeFor(JsonNode rawSchema) {
        JsonNode schema = document.resolve(rawSchema);
        String type = document.typeOf(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                if (schema.has("enum")) {
                    return NODES.textNode("not-one-of-the-choices");
                }
                if (format.equals("uuid")) {
                    return NODES.textNode("not-a-uuid");
                }
                if (format.equals("date-time") || format.equals("date")) {
                    return NODES.textNode("the day after tomorrow");
                }
                return random.nextBoolean()
                        ? NODES.objectNode().put("nested", 1)
                        : NODES.arrayNode().add(1);
            case "integer":
                return random.nextBoolean() ? NODES.textNode("twelve") : NODES.objectNode();
            case "number":
                return random.nextBoolean() ? NODES.textNode("a lot") : NODES.arrayNode();
            case "boolean":
                return NODES.textNode("perhaps");
            case "array":
                return NODES.objectNode().put("not", "a list");
            case "object":
                return random.nextBoolean() ? NODES.textNode("not an object") : NODES.arrayNode();
            default:
                return null;
        }
    }
}
