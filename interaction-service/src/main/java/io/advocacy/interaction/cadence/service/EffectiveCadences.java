package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.repository.CadenceRepository;
import io.advocacy.interaction.cadence.repository.CadenceRuleRepository;
import io.advocacy.interaction.cadence.repository.StandingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cadences that apply to people, as {@link CadenceResolution} decides them from their own cadences, the programme's
 * rules, and the stages and segments advocate-service announced. Runs in the caller's session.
 */
@ApplicationScoped
public class EffectiveCadences {

    private final CadenceRepository cadences;
    private final CadenceRuleRepository rules;
    private final StandingRepository standing;

    public EffectiveCadences(CadenceRepository cadences, CadenceRuleRepository rules, StandingRepository standing) {
        this.cadences = cadences;
        this.rules = rules;
        this.standing = standing;
    }

    /**
     * Everyone's cadence, in the order of their ids: four queries whatever the number of people (own cadences, rules,
     * the stages that have a rule, the segment memberships that have one).
     */
    public Uni<List<EffectiveCadence>> all() {
        return rules.listAll().chain(allRules -> cadences.listAll().chain(own -> standing.stagesWithRules()
                .chain(stages -> standing.segmentsWithRules().map(segments -> {
                    CadenceResolution resolution = new CadenceResolution(allRules);
                    Map<UUID, AdvocateCadence> byPerson =
                            own.stream().collect(Collectors.toMap(c -> c.advocateId, Function.identity()));
                    Set<UUID> people = new TreeSet<>(byPerson.keySet());
                    people.addAll(stages.keySet());
                    people.addAll(segments.keySet());
                    return people.stream()
                            .map(id -> resolution.resolve(
                                    id, byPerson.get(id), stages.get(id), segments.getOrDefault(id, List.of())))
                            .flatMap(Optional::stream)
                            .toList();
                }))));
    }

    /** The person's cadence, or null when none applies. */
    public Uni<EffectiveCadence> of(UUID advocateId) {
        return cadences.findById(advocateId).chain(own -> {
            if (own != null) {
                return Uni.createFrom().item(EffectiveCadence.of(own));
            }
            return rules.listAll().chain(allRules -> standing.stageOf(advocateId)
                    .chain(stage -> standing.segmentsOf(advocateId).map(segments -> new CadenceResolution(allRules)
                            .resolve(advocateId, null, stage, segments)
                            .orElse(null))));
        });
    }
}
