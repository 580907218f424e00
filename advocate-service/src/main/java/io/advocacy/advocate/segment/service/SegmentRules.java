package io.advocacy.advocate.segment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.advocate.segment.repository.Segment;
import io.advocacy.advocate.segment.rule.Rule;
import io.advocacy.advocate.segment.rule.RuleParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Reads segment rules, and keeps each stored rule read once per version of its segment. */
@ApplicationScoped
public class SegmentRules {

    private record Compiled(long version, Rule rule) {}

    private final ObjectMapper json;
    private final Map<UUID, Compiled> compiled = new ConcurrentHashMap<>();

    public SegmentRules(ObjectMapper json) {
        this.json = json;
    }

    /** The rule of a request, or a 400 naming each problem under {@code rule}. */
    public Rule parse(JsonNode rule) {
        return RuleParser.parse(rule, "rule");
    }

    /** The rule of a stored segment. */
    public Rule of(Segment segment) {
        Compiled known = compiled.get(segment.id);
        if (known != null && known.version() == segment.version) {
            return known.rule();
        }
        Rule rule = RuleParser.parse(read(segment.rule), "rule");
        compiled.put(segment.id, new Compiled(segment.version, rule));
        return rule;
    }

    public void forget(UUID segmentId) {
        compiled.remove(segmentId);
    }

    public String write(JsonNode rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A rule cannot be written as JSON", e);
        }
    }

    public JsonNode read(String rule) {
        try {
            return json.readTree(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule is not JSON", e);
        }
    }
}
