package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.repository.CadenceRule;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides which cadence applies to a person: their own cadence, else the rule of a segment they are in (the highest
 * priority; between equal priorities the segment whose id sorts first as text), else the rule of their lifecycle
 * stage, else none. Holds the programme's rules, so one instance decides for many people without reading them again.
 */
final class CadenceResolution {

    /** Highest priority first, then the segment id that sorts first as text: the same answer on every run. */
    static final Comparator<CadenceRule> SEGMENT_PRECEDENCE = Comparator.comparingInt(
                    (CadenceRule rule) -> rule.priority)
            .reversed()
            .thenComparing(rule -> rule.segmentId.toString());

    private final Map<String, CadenceRule> byStage = new HashMap<>();
    private final Map<UUID, CadenceRule> bySegment = new HashMap<>();

    CadenceResolution(Collection<CadenceRule> rules) {
        for (CadenceRule rule : rules) {
            if (rule.stage != null) {
                byStage.put(rule.stage, rule);
            } else {
                bySegment.put(rule.segmentId, rule);
            }
        }
    }

    /**
     * The cadence that applies to the person.
     *
     * @param own their own cadence, or null
     * @param stage their lifecycle stage, or null when unknown
     * @param segments the segments they are in
     */
    Optional<EffectiveCadence> resolve(UUID advocateId, AdvocateCadence own, String stage, List<UUID> segments) {
        if (own != null) {
            return Optional.of(EffectiveCadence.of(own));
        }
        Optional<CadenceRule> segmentRule = segments.stream()
                .map(bySegment::get)
                .filter(rule -> rule != null)
                .min(SEGMENT_PRECEDENCE);
        if (segmentRule.isPresent()) {
            return Optional.of(EffectiveCadence.of(advocateId, segmentRule.get()));
        }
        return Optional.ofNullable(stage == null ? null : byStage.get(stage))
                .map(rule -> EffectiveCadence.of(advocateId, rule));
    }
}
