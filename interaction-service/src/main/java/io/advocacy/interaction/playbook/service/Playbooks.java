package io.advocacy.interaction.playbook.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configured playbooks, read once at start-up from {@code advocacy.interactions.playbooks.file} or the built-in
 * {@code playbooks.json}, and checked: a playbook that is not valid stops the service with a message naming the file,
 * the playbook and each field that is wrong.
 */
@Startup
@ApplicationScoped
public class Playbooks {

    static final String BUILT_IN = "playbooks.json";

    private final List<Playbook> playbooks;

    public Playbooks(PlaybooksConfig config, Validator validator) {
        String source = config.file().orElse("classpath:" + BUILT_IN);
        this.playbooks = read(source, open(config), validator);
        Log.infof(
                "Playbooks from %s: %s",
                source, playbooks.stream().map(p -> p.definition().name()).toList());
    }

    /** The playbooks that are switched on and triggered by this event type, in file order. */
    public List<Playbook> triggeredBy(String eventType) {
        return playbooks.stream()
                .filter(p -> p.definition().trigger().event().equals(eventType))
                .toList();
    }

    /** The event types some playbook is triggered by. */
    public Set<String> eventTypes() {
        Set<String> types = new HashSet<>();
        playbooks.forEach(p -> types.add(p.definition().trigger().event()));
        return types;
    }

    /** The kinds of the playbooks that bring the person's mentor along. */
    public Set<String> kindsWithMentor() {
        Set<String> kinds = new HashSet<>();
        playbooks.stream()
                .filter(p -> p.definition().withMentor())
                .forEach(p -> kinds.add(p.definition().kind()));
        return kinds;
    }

    /**
     * Reads and checks playbooks.
     *
     * @throws IllegalStateException naming the source and everything wrong with it
     */
    public static List<Playbook> read(String source, InputStream in, Validator validator) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        PlaybookDefinition.File file;
        try (in) {
            file = json.readValue(in, PlaybookDefinition.File.class);
        } catch (IOException e) {
            throw new IllegalStateException("Invalid playbooks in " + source + ": " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        if (file == null || file.playbooks() == null) {
            throw new IllegalStateException("Invalid playbooks in " + source + ": playbooks must be a list");
        }
        validator.validate(file).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(Playbooks::describe)
                .forEach(errors::add);
        Set<String> names = new HashSet<>();
        List<Playbook> read = new ArrayList<>();
        for (int i = 0; i < file.playbooks().size(); i++) {
            PlaybookDefinition definition = file.playbooks().get(i);
            if (definition == null) {
                continue;
            }
            if (definition.name() != null && !names.add(definition.name())) {
                errors.add("playbooks[" + i + "].name " + definition.name() + " is used twice");
            }
            Condition condition = null;
            try {
                condition = Condition.parse(
                        definition.trigger() == null
                                ? null
                                : definition.trigger().when());
            } catch (IllegalArgumentException e) {
                errors.add("playbooks[" + i + "].trigger.when " + e.getMessage());
            }
            if (condition != null && definition.isOn()) {
                read.add(new Playbook(definition, condition));
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid playbooks in " + source + ": " + String.join("; ", errors));
        }
        return List.copyOf(read);
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // A class-level check (such as isKindFree) is reported on its getter's name; its message names the field.
        return path.matches(".*\\.(dueWithinPositive|kindFree)$")
                ? path.substring(0, path.lastIndexOf('.') + 1) + violation.getMessage()
                : path + " " + violation.getMessage();
    }

    private static InputStream open(PlaybooksConfig config) {
        if (config.file().isPresent()) {
            try {
                return Files.newInputStream(Path.of(config.file().get()));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot read the playbooks file advocacy.interactions.playbooks.file="
                                + config.file().get(),
                        e);
            }
        }
        InputStream in = Playbooks.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IllegalStateException("The built-in " + BUILT_IN + " is missing from the class path");
        }
        return in;
    }

    /**
     * A playbook, read.
     *
     * @param definition as configured
     * @param condition its trigger's condition
     */
    public record Playbook(PlaybookDefinition definition, Condition condition) {}
}
