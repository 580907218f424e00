package io.advocacy.platform.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    private final SchemaValues values;
    private final List<String> itemWise;

    private HostileRequests(OpenApiDocument document, long seed, List<String> itemWise) {
        this.document = document;
        this.random = new Random(seed);
        this.values = new SchemaValues(document, random);
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
        if (op.parameters().stream()
                .anyMatch(p -> p.in().equals("path") && values.invalidValueFor(p.schema()) != null)) {
            kinds.add(this::badPathParameter);
        }
        if (op.parameters().stream()
                .anyMatch(p -> p.in().equals("query") && values.invalidValueFor(p.schema()) != null)) {
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
        if (type.equals("object") && values.required(op.bodySchema()).isEmpty()) {
            wrong.remove("{}");
        }
        if (type.equals("array")) {
            wrong.remove("null");
        }
        String body = wrong.get(random.nextInt(wrong.size()));
        return request(op, "body of the wrong shape " + body, validPath(op), Map.of(), "application/json", bytes(body));
    }

    private HostileRequest typeConfusedField(Operation op) {
        JsonNode body = values.plausible(op.bodySchema(), 0);
        List<SchemaValues.Field> fields = values.fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> values.wrongTypeFor(f.schema()) == null);
        if (fields.isEmpty()) {
            return wrongRoot(op);
        }
        SchemaValues.Field field = fields.get(random.nextInt(fields.size()));
        JsonNode wrong = values.wrongTypeFor(field.schema());
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
        JsonNode body = values.plausible(op.bodySchema(), 0);
        List<SchemaValues.Field> fields = values.fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> !f.required());
        if (fields.isEmpty()) {
            return typeConfusedField(op);
        }
        SchemaValues.Field field = fields.get(random.nextInt(fields.size()));
        field.parent().remove(field.name());
        return request(
                op, "missing required field " + field.path(), validPath(op), Map.of(), "application/json", write(body));
    }

    private HostileRequest oversizedField(Operation op) {
        JsonNode body = values.plausible(op.bodySchema(), 0);
        List<SchemaValues.Field> fields = values.fields(body, op.bodySchema(), "", depthOf(op));
        fields.removeIf(f -> {
            String type = document.typeOf(f.schema());
            return !type.equals("string") && !type.equals("array");
        });
        if (fields.isEmpty()) {
            return typeConfusedField(op);
        }
        SchemaValues.Field field = fields.get(random.nextInt(fields.size()));
        JsonNode schema = document.resolve(field.schema());
        JsonNode huge;
        if (document.typeOf(schema).equals("array")) {
            int size = schema.has("maxItems") ? schema.get("maxItems").asInt() + 1 : 10_001;
            ArrayNode items = NODES.arrayNode();
            JsonNode item = values.plausible(schema.get("items"), 3);
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
        return request(
                op, "content type " + type, validPath(op), Map.of(), type, write(values.plausible(op.bodySchema(), 0)));
    }

    // --- parameter kinds --------------------------------------------------------------------------------------

    private HostileRequest badPathParameter(Operation op) {
        List<Operation.Parameter> params = op.parameters().stream()
                .filter(p -> p.in().equals("path") && values.invalidValueFor(p.schema()) != null)
                .toList();
        if (params.isEmpty()) {
            return null;
        }
        Operation.Parameter bad = params.get(random.nextInt(params.size()));
        String value = values.invalidValueFor(bad.schema());
        String path = op.path();
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                String v = p == bad ? value : values.validValueFor(p.schema());
                path = path.replace("{" + p.name() + "}", URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        byte[] body = op.bodyMediaType() == null ? null : write(values.plausible(op.bodySchema(), 0));
        return request(
                op, "path parameter " + bad.name() + " = " + abbreviate(value), path, Map.of(), mediaOf(op), body);
    }

    private HostileRequest badQueryParameter(Operation op) {
        List<Operation.Parameter> params = op.parameters().stream()
                .filter(p -> p.in().equals("query") && values.invalidValueFor(p.schema()) != null)
                .toList();
        if (params.isEmpty()) {
            return null;
        }
        Operation.Parameter bad = params.get(random.nextInt(params.size()));
        String value = values.invalidValueFor(bad.schema());
        byte[] body = op.bodyMediaType() == null ? null : write(values.plausible(op.bodySchema(), 0));
        return request(
                op,
                "query parameter " + bad.name() + " = " + abbreviate(value),
                validPath(op),
                Map.of(bad.name(), value),
                mediaOf(op),
                body);
    }

    /** How deep fields are made hostile: 0 for every level down to 4, 3 for only the top level. */
    private int depthOf(Operation op) {
        return itemWise.contains(op.toString()) ? 3 : 0;
    }

    private String validPath(Operation op) {
        String path = op.path();
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace(
                        "{" + p.name() + "}",
                        URLEncoder.encode(values.validValueFor(p.schema()), StandardCharsets.UTF_8));
            }
        }
        return path;
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
