package io.advocacy.recognition.criteria.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.advocacy.platform.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema a badge's criteria must meet ({@code badge-criteria.schema.json} beside this class), checked with
 * networknt's validator; each error is named by its field under the given prefix, for example
 * {@code criteria.count.atLeast}.
 */
public final class CriteriaSchema {

    private static final String RESOURCE = "/io/advocacy/recognition/criteria/badge-criteria.schema.json";

    private static final Schema SCHEMA = read();

    private CriteriaSchema() {}

    /** Loads the schema and the validator's classes, which takes seconds the first time: call it at start-up. */
    public static void load() {
        SCHEMA.validate(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    /** Every way the criteria break the schema, each once, named under {@code prefix}; empty when they are valid. */
    public static List<Problem.Violation> violations(String prefix, JsonNode criteria) {
        Set<Problem.Violation> found = new LinkedHashSet<>();
        for (Error error : SCHEMA.validate(criteria)) {
            found.add(new Problem.Violation(field(prefix, error), message(error)));
        }
        List<Problem.Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem.Violation::field));
        return sorted;
    }

    private static String field(String prefix, Error error) {
        StringBuilder field = new StringBuilder(prefix);
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append('.').append(element);
            }
        }
        // A missing or unexpected property is reported on its parent; name the property itself.
        boolean namesAProperty =
                "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        if (namesAProperty && error.getProperty() != null) {
            field.append('.').append(error.getProperty());
        }
        return field.toString();
    }

    private static String message(Error error) {
        if ("false".equals(error.getKeyword()) || error.getMessage().endsWith(" is false")) {
            return "is not allowed here: criteria take exactly one of count, streak or event, from and to only with"
                    + " event category-reached, and a streak either inARow or periods with consecutive";
        }
        if ("anyOf".equals(error.getKeyword())) {
            return "must have one of count, streak or event";
        }
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return message;
    }

    private static Schema read() {
        try (InputStream in = CriteriaSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
