package io.advocacy.interaction.playbook.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.interaction.playbook.messaging.MentorAssigned;
import io.advocacy.interaction.playbook.repository.AdvocateMentor;
import io.advocacy.interaction.playbook.repository.MentorRepository;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.service.InteractionScheduler;
import io.advocacy.interaction.schedule.service.ManagerAssignment;
import io.advocacy.platform.consumer.PoisonEventException;
import io.advocacy.platform.consumer.ReceivedEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the configured playbooks on advocates' events: every playbook triggered by the event's type whose condition
 * holds schedules its interaction, once per person, kind and trigger key. Also brings a newly known mentor into the
 * person's scheduled interactions whose playbook asks for one. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class PlaybookRunner {

    /** The trigger key of a playbook without one: once per person and kind. */
    static final String ONCE = "once";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final Playbooks playbooks;
    private final InteractionScheduler scheduler;
    private final InteractionRepository interactions;
    private final ManagerAssignment managers;
    private final MentorRepository mentors;

    public PlaybookRunner(
            Playbooks playbooks,
            InteractionScheduler scheduler,
            InteractionRepository interactions,
            ManagerAssignment managers,
            MentorRepository mentors) {
        this.playbooks = playbooks;
        this.scheduler = scheduler;
        this.interactions = interactions;
        this.managers = managers;
        this.mentors = mentors;
    }

    /** Applies the playbooks of the event's type; an event without a valid {@code advocateId} is poison. */
    public Uni<Void> apply(ReceivedEvent<JsonNode> event) {
        JsonNode data = event.data();
        UUID advocateId = uuid(data, "advocateId");
        if (advocateId == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no valid advocateId");
        }
        List<Playbooks.Playbook> triggered = playbooks.triggeredBy(event.type()).stream()
                .filter(playbook -> playbook.condition().matches(data))
                .toList();
        if (triggered.isEmpty()) {
            Log.debugf("No playbook for %s of %s", event.type(), advocateId);
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(triggered)
                .onItem()
                .transformToUniAndConcatenate(playbook -> run(playbook.definition(), event, advocateId))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * Remembers the person's mentor and brings them into the person's scheduled interactions whose playbook asks for
     * one (raising each one's SEQUENCE, as the planned event changed).
     */
    public Uni<Void> mentorAssigned(MentorAssigned assigned) {
        return mentors.findById(assigned.advocateId())
                .chain(existing -> {
                    AdvocateMentor mentor = existing == null ? new AdvocateMentor() : existing;
                    mentor.advocateId = assigned.advocateId();
                    mentor.mentorId = assigned.mentorId();
                    mentor.assignedAt = now();
                    return existing == null
                            ? mentors.persist(mentor)
                            : Uni.createFrom().item(mentor);
                })
                .chain(() -> interactions.scheduledOf(assigned.advocateId(), playbooks.kindsWithMentor()))
                .invoke(found -> found.stream()
                        .filter(interaction -> !assigned.mentorId().equals(interaction.mentorId))
                        .forEach(interaction -> {
                            interaction.mentorId = assigned.mentorId();
                            interaction.sequence++;
                            Log.debugf(
                                    "Mentor %s joins the %s with %s",
                                    assigned.mentorId(), interaction.kind, assigned.advocateId());
                        }))
                .replaceWithVoid();
    }

    private Uni<Void> run(PlaybookDefinition playbook, ReceivedEvent<JsonNode> event, UUID advocateId) {
        JsonNode data = event.data();
        String key = playbook.key() == null ? ONCE : text(data, playbook.key());
        // A key the event does not carry: each event is its own trigger.
        String triggerKey = key == null ? event.id() : key;
        UUID mentionId = playbook.mentionId() == null ? null : uuid(data, playbook.mentionId());
        OffsetDateTime triggeredAt = playbook.occurredAt() == null ? null : time(data, playbook.occurredAt());
        if (triggeredAt == null) {
            triggeredAt = event.time() == null ? now() : event.time().withOffsetSameInstant(ZoneOffset.UTC);
        }
        OffsetDateTime at = triggeredAt;
        Uni<UUID> mentor = playbook.withMentor()
                ? mentors.findById(advocateId).map(found -> found == null ? null : found.mentorId)
                : Uni.createFrom().nullItem();
        return managerOf(advocateId, data)
                .chain(manager -> mentor.chain(
                        mentorId -> scheduler.schedulePlaybook(new InteractionScheduler.PlaybookInteraction(
                                advocateId,
                                manager,
                                playbook.kind(),
                                playbook.dueWithin(),
                                reason(playbook.reason(), data),
                                mentionId,
                                triggerKey,
                                playbook.ask(),
                                at,
                                mentorId,
                                playbook.durationMinutes() == null
                                        ? InteractionScheduler.DEFAULT_DURATION_MINUTES
                                        : playbook.durationMinutes()))));
    }

    /**
     * The manager the event names ({@code manager}, null when advocate-service assigned nobody); for an event without
     * that field, the manager of the person's latest interaction; else one of the configured managers.
     */
    private Uni<String> managerOf(UUID advocateId, JsonNode data) {
        if (data.has("manager")) {
            return Uni.createFrom().item(managers.managerOf(advocateId, text(data, "manager")));
        }
        return interactions.latestManagerOf(advocateId).map(latest -> managers.managerOf(advocateId, latest));
    }

    /** The template with each {@code {path}} or {@code {a|b}} replaced by the first value present, else nothing. */
    static String reason(String template, JsonNode data) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder reason = new StringBuilder();
        while (matcher.find()) {
            String value = "";
            for (String path : matcher.group(1).split("\\|")) {
                String found = text(data, path.strip());
                if (found != null && !found.isBlank()) {
                    value = found;
                    break;
                }
            }
            matcher.appendReplacement(reason, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(reason);
        return reason.toString();
    }

    private static String text(JsonNode data, String path) {
        JsonNode node = Condition.at(data, path);
        return node == null ? null : node.asText();
    }

    private static UUID uuid(JsonNode data, String path) {
        String value = text(data, path);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(JsonNode data, String path) {
        String value = text(data, path);
        try {
            return value == null
                    ? null
                    : OffsetDateTime.parse(value)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
