package io.advocacy.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates Kubernetes objects offline against the published schemas kept in {@code src/main/resources/schemas} (see
 * its PROVENANCE.md): the Kubernetes API's OpenAPI definitions for built-in kinds and the operators' CRDs for theirs.
 * Like kubeconform's strict mode, a field the schema does not declare is an error, and so is a kind with no schema.
 */
public final class SchemaValidator {

    static final String KUBERNETES = "/schemas/kubernetes/swagger.json";

    static final List<String> CRDS = List.of(
            "/schemas/crds/strimzi-040-Crd-kafka.yaml",
            "/schemas/crds/strimzi-043-Crd-kafkatopic.yaml",
            "/schemas/crds/strimzi-044-Crd-kafkauser.yaml",
            "/schemas/crds/strimzi-045-Crd-kafkanodepool.yaml",
            "/schemas/crds/cnpg-clusters.yaml",
            "/schemas/crds/keycloak-keycloaks.k8s.keycloak.org-v1.yml",
            "/schemas/crds/keycloak-keycloakrealmimports.k8s.keycloak.org-v1.yml",
            "/schemas/crds/prometheus-servicemonitors.yaml");

    private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private final Map<String, JsonNode> schemas = new HashMap<>();
    private final Map<String, Schema> compiled = new HashMap<>();

    /** The validator for the schemas kept in this module. */
    public static SchemaValidator load() {
        SchemaValidator validator = new SchemaValidator();
        try {
            validator.addKubernetes(Yaml.JSON.readTree(resource(KUBERNETES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String crd : CRDS) {
            for (JsonNode document : Yaml.documents(resource(crd))) {
                validator.addCrd(document);
            }
        }
        return validator;
    }

    /** {@code apiVersion/kind} of every kind this validator knows. */
    public java.util.Set<String> kinds() {
        return java.util.Collections.unmodifiableSet(schemas.keySet());
    }

    /** Every way {@code object} breaks its kind's schema, each as "path: message"; empty when it is valid. */
    public List<String> validate(JsonNode object) {
        String key =
                object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        JsonNode schema = schemas.get(key);
        if (schema == null) {
            return List.of("no schema for " + key);
        }
        Schema compiledSchema = compiled.computeIfAbsent(key, k -> registry.getSchema(schema));
        List<String> errors = new ArrayList<>();
        for (Error error : compiledSchema.validate(object)) {
            String property = error.getProperty() == null ? "" : " (" + error.getProperty() + ")";
            errors.add(error.getInstanceLocation() + property + ": " + error.getMessage());
        }
        return errors;
    }

    private void addKubernetes(JsonNode swagger) {
        ObjectNode definitions = (ObjectNode) strict(swagger.get("definitions").deepCopy());
        definitions.set(INT_OR_STRING, anyOf("integer", "string"));
        definitions.set(QUANTITY, anyOf("string", "number"));
        for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> definition = it.next();
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty()
                        ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                ObjectNode schema = Yaml.JSON.createObjectNode();
                schema.put("$ref", "#/definitions/" + definition.getKey());
                schema.set("definitions", definitions);
                schemas.put(apiVersion + "/" + gvk.path("kind").asText(), schema);
            }
        }
    }

    private void addCrd(JsonNode crd) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
            return;
        }
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("served").asBoolean(false)) {
                ObjectNode root = version.path("schema").path("openAPIV3Schema").deepCopy();
                // The API server accepts these on every custom resource, whether its CRD declares them or not.
                ObjectNode properties =
                        root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
                if (!properties.has("apiVersion")) {
                    properties.putObject("apiVersion").put("type", "string");
                }
                if (!properties.has("kind")) {
                    properties.putObject("kind").put("type", "string");
                }
                if (!properties.has("metadata")) {
                    properties.putObject("metadata").put("type", "object");
                }
                JsonNode schema = strict(root);
                schemas.put(group + "/" + version.path("name").asText() + "/" + kind, schema);
            }
        }
    }

    /**
     * The schema with Kubernetes' extensions spelled in JSON Schema: an object that declares its properties accepts no
     * others unless it preserves unknown fields, and int-or-string takes either.
     */
    static JsonNode strict(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, strict(node.get(i)));
            }
            return node;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("properties") || field.getKey().equals("definitions")) {
                ObjectNode properties = (ObjectNode) field.getValue();
                properties.fieldNames().forEachRemaining(name -> properties.set(name, strict(properties.get(name))));
            } else if (!field.getKey().equals("enum") && !field.getKey().equals("example")) {
                field.setValue(strict(field.getValue()));
            }
        }
        if (object.path("x-kubernetes-int-or-string").asBoolean(false)
                || "int-or-string".equals(object.path("format").asText())) {
            object.remove("type");
            object.remove("format");
            object.set("anyOf", anyOf("integer", "string").get("anyOf"));
        }
        if (object.path("nullable").asBoolean(false)
                && object.has("type")
                && object.get("type").isTextual()) {
            object.set(
                    "type",
                    Yaml.JSON.createArrayNode().add(object.get("type").asText()).add("null"));
        }
        boolean declaresProperties =
                object.has("properties") && object.get("properties").isObject();
        boolean preservesUnknown =
                object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (declaresProperties && !preservesUnknown && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        return object;
    }

    private static ObjectNode anyOf(String... types) {
        ObjectNode schema = Yaml.JSON.createObjectNode();
        ArrayNode anyOf = schema.putArray("anyOf");
        for (String type : types) {
            anyOf.addObject().put("type", type);
        }
        return schema;
    }

    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SchemaValidator.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
