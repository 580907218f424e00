package io.advocacy.platform.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generates hostile requests from a service's OpenAPI document, reproducibly from a seed: malformed JSON, bodies of
 * the wrong shape, fields of the wrong type, missing required fields, oversized fields and bodies, wrong content
 * types, and path and query parameters that cannot be valid. Every request it makes is invalid whatever the service's
 * data, so every answer must be a 4xx.
 */
public final class HostileRequests {

    /** Larger than any body a service accepts ({@code quarkus.http.limits.max-body-size}, 4 MiB). */
    static final int OVERSIZED_BODY_BYTES = 4 * 1024 * 1024 + 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MALFORMED = List.of(
            "{",
            "{\"a\":",
            "[1,2",
            "{\"a\":1}}",
            "nul",
            "{'single': 'quotes'}",
            "{\"a\" 1}",
            "{\"a\":01}",
            "\u0000\u0001\u0002",
            "<xml/>",
            "{\"a\":\"unterminated}",
            "{,}");

    private final OpenApiDocument document;
    private final Random random;
    private final List<String> itemWise;

    private HostileRequests(OpenApiDocument document, long seed, List<String> itemWise) {
        this.document = document;
        this.random = new Random(seed);
        this.itemWise = itemWise;
    }

    /**
     * {@code count} hostile requests over every operation of the document that takes input, round robin.
     *
     * @param openApiJson the service's OpenAPI document as JSON ({@code /q/openapi?format=json})
     * @param skip operations not to send to, such as {@code "POST /credentials/verify"}, each with a reason in the test
     * @param itemWise operations that validate the items of their body's lists one by one and answer per item (a
     *     batch): only their body's top-level fields are made hostile
     */
    public static List<HostileRequest> generate(
            String openApiJson, int count, long seed, List<String> skip, List<String> itemWise) {
        HostileRequests generator = new HostileRequests(new OpenApiDocument(openApiJson), seed, itemWise);
        List<Operation> targets = generator.document.operations().stream()
                .filter(Operation::hasInput)
                .filter(op -> !skip.contains(op.toString()))
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("The OpenAPI document has no operation that takes input");
        }
        List<HostileRequest> requests = new ArrayList<>(count);
        int sinceLastMade = 0;
        for (int i = 0; requests.size() < count; i++) {
            HostileRequest request = generator.next(targets.get(i % targets.size()));
            if (request != null) {
                requests.add(request);
                sinceLastMade = 0;
            } else if (++sinceLastMade > targets.size()) {
                throw new IllegalArgumentException("No operation of the document can be sent a hostile request");
            }
        }
        return requests;
    }

    private HostileRequest next(Operation op) {
        List<Function<Operation, HostileRequest>> kinds = new ArrayList<>();
        if (op.bodyMediaType() != null && op.bodyMediaType().contains("json")) {
            kinds.add(this::malformedJson);
            kinds.add(this::wrongRoot);
            kinds.add(this::typeConfusedField);
            kinds.add(this::typeConfusedField);
            kinds.add(this::missingRequired);
            kinds.add(this::oversizedField);
            kinds.add(this::wrongContentType);
            if (random.nextInt(40) == 0) {
                kinds.add(this::oversizedBody);
            }
        }
        if (op.parameters().stream().anyMatch(p -> p.in().equals("path") && invalidValueFor(p.schema()) != null)) {
            kinds.add(this::badPathParameter);
        }
        if (op.parameters().stream().anyMatch(p -> p.in().equals("query") && invalidValueFor(p.schema()) != null)) {
            kinds.add(this::badQueryParameter);
        }
        if (kinds.isEmpty()) {
            return null;
        }
        HostileRequest request = kinds.get(random.nextInt(kinds.size())).apply(op);
        return request != null ? request : kinds.get(0).apply(op);
    }

    // --- body kinds -------------------------------------------------------------------------------------------

    private HostileRequest malformedJson(Operation op) {
        String body = MALFORMED.get(random.nextInt(MALFORMED.size()));
        return request(op, "malformed JSON " + quote(body), validPath(op), Map.of(), "application/json", bytes(body));
    }

    private HostileRequest wrongRoot(Operation op) {
        String type = document.typeOf(op.bodySchema());
        List<String> wrong = new ArrayList<>(List.of("[]", "\"text\"", "42", "true", "null", "{}"));
        wrong.removeIf(w -> sameType(type, w));
        if (type.equals("object") && required(op.bodySchema()).isEmpty()) {
            wrong.remove("{}");
        }
        if (type.equals("array")) {
            wrong.remove("null");
        }
        String body = wrong.get(random.nextInt(wrong.size()));
        return request(op, "body of the wrong shape " + body, validPath(op), Map.of(), "application/json", bytes(body));
    }

    private HostileRequest typeConfusedField(Operation op) {
        JsonNode body = plausible(op.bodySchema(), 0);
        List<Field> fields = fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> wrongTypeFor(f.schema()) == null);
        if (fields.isEmpty()) {
            return wrongRoot(op);
        }
        Field field = fields.get(random.nextInt(fields.size()));
        JsonNode wrong = wrongTypeFor(field.schema());
        field.parent().set(field.name(), wrong);
        return request(
                op,
                "type-confused field " + field.path() + " = " + abbreviate(wrong.toString()),
                validPath(op),
                Map.of(),
                "application/json",
                write(body));
    }

    private HostileRequest missingRequired(Operation op) {
        JsonNode body = plausible(op.bodySchema(), 0);
        List<Field> fields = fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> !f.required());
        if (fields.isEmpty()) {
            return typeConfusedField(op);
        }
        Field field = fields.get(random.nextInt(fields.size()));
        field.parent().remove(field.name());
        return request(
                op, "missing required field " + field.path(), validPath(op), Map.of(), "application/json", write(body));
    }

    private HostileRequest oversizedField(Operation op) {
        JsonNode body = plausible(op.bodySchema(), 0);
        List<Field> fields = fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> {
            String type = document.typeOf(f.schema());
            return !type.equals("string") && !type.equals("array");
        });
        if (fields.isEmpty()) {
            return typeConfusedField(op);
        }
        Field field = fields.get(random.nextInt(fields.size()));
        JsonNode schema = document.resolve(field.schema());
        JsonNode huge;
        if (document.typeOf(schema).equals("array")) {
            int size = schema.has("maxItems") ? schema.get("maxItems").asInt() + 1 : 10_001;
            ArrayNode items = NODES.arrayNode();
            JsonNode item = plausible(schema.get("items"), 3);
            for (int i = 0; i < size; i++) {
                items.add(item.deepCopy());
            }
            huge = items;
        } else {
            int length = schema.has("maxLength") ? schema.get("maxLength").asInt() + 1 : 100_000;
            huge = NODES.textNode(("x".repeat(Math.max(1, length))));
        }
        field.parent().set(field.name(), huge);
        return request(
                op,
                "oversized field " + field.path() + " (" + huge.size() + " items, "
                        + huge.asText().length() + " characters)",
                validPath(op),
                Map.of(),
                "application/json",
                write(body));
    }

    private HostileRequest oversizedBody(Operation op) {
        String body = "\"" + "y".repeat(OVERSIZED_BODY_BYTES) + "\"";
        return request(op, "body over the size limit", validPath(op), Map.of(), "application/json", bytes(body));
    }

    private HostileRequest wrongContentType(Operation op) {
        String type = random.nextBoolean() ? "application/xml" : "application/x-www-form-urlencoded";
        return request(op, "content type " + type, validPath(op), Map.of(), type, write(plausible(op.bodySchema(), 0)));
    }

    // --- parameter kinds --------------------------------------------------------------------------------------

    private HostileRequest badPathParameter(Operation op) {
        List<Operation.Parameter> params = op.parameters().stream()
                .filter(p -> p.in().equals("path") && invalidValueFor(p.schema()) != null)
                .toList();
        if (params.isEmpty()) {
            return null;
        }
        Operation.Parameter bad = params.get(random.nextInt(params.size()));
        String value = invalidValueFor(bad.schema());
        String path = op.path();
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                String v = p == bad ? value : validValueFor(p.schema());
                path = path.replace("{" + p.name() + "}", URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        byte[] body = op.bodyMediaType() == null ? null : write(plausible(op.bodySchema(), 0));
        return request(
                op, "path parameter " + bad.name() + " = " + abbreviate(value), path, Map.of(), mediaOf(op), body);
    }

    private HostileRequest badQueryParameter(Operation op) {
        List<Operation.Parameter> params = op.parameters().stream()
                .filter(p -> p.in().equals("query") && invalidValueFor(p.schema()) != null)
                .toList();
        if (params.isEmpty()) {
            return null;
        }
        Operation.Parameter bad = params.get(random.nextInt(params.size()));
        String value = invalidValueFor(bad.schema());
        byte[] body = op.bodyMediaType() == null ? null : write(plausible(op.bodySchema(), 0));
        return request(
                op,
                "query parameter " + bad.name() + " = " + abbreviate(value),
                validPath(op),
                Map.of(bad.name(), value),
                mediaOf(op),
                body);
    }

    /** A value the parameter's schema makes invalid whatever the data, or null when there is none. */
    private String invalidValueFor(JsonNode rawSchema) {
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

    private String validValueFor(JsonNode rawSchema) {
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

    private String validPath(Operation op) {
        String path = op.path();
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace(
                        "{" + p.name() + "}", URLEncoder.encode(validValueFor(p.schema()), StandardCharsets.UTF_8));
            }
        }
        return path;
    }

    // --- plausible bodies -------------------------------------------------------------------------------------

    /** A body of the schema's shape with every required field present and plausible values. */
    private JsonNode plausible(JsonNode rawSchema, int depth) {
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

    private static String plausibleText(JsonNode schema) {
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
    private record Field(ObjectNode parent, String name, String path, JsonNode schema, boolean required) {}

    /** How deep fields are made hostile: 0 for every level down to 4, 3 for only the top level. */
    private int depthOf(Operation op) {
        return itemWise.contains(op.toString()) ? 3 : 0;
    }

    private List<Field> fields(JsonNode value, JsonNode rawSchema, String prefix, int depth) {
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

    private List<String> required(JsonNode rawSchema) {
        List<String> names = new ArrayList<>();
        document.resolve(rawSchema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** A value no deserializer can read as the schema's type (Jackson coerces numbers to text, so not those). */
    private JsonNode wrongTypeFor(JsonNode rawSchema) {
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

    // --- helpers ----------------------------------------------------------------------------------------------

    private static boolean sameType(String type, String literal) {
        return switch (literal) {
            case "[]" -> type.equals("array");
            case "\"text\"" -> type.equals("string");
            case "42" ->
                type.equals("integer") || type.equals("number") || type.equals("string") || type.equals("boolean");
            case "true" -> type.equals("boolean") || type.equals("string");
            default -> false;
        };
    }

    private static String mediaOf(Operation op) {
        return op.bodyMediaType();
    }

    private static HostileRequest request(
            Operation op, String kind, String path, Map<String, String> query, String contentType, byte[] body) {
        return new HostileRequest(op.toString(), kind, path, new LinkedHashMap<>(query), contentType, body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return "'" + abbreviate(text.replaceAll("\\p{Cntrl}", "?")) + "'";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
