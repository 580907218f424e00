package io.advocacy.interaction.preference.service;

import io.advocacy.interaction.preference.repository.AdvocatePreference;
import io.advocacy.interaction.preference.repository.AvailabilityRepository;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.interaction.preference.rest.PreferencesRequest;
import io.advocacy.interaction.preference.rest.PreferencesView;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reads and writes an advocate's preferences, with their availability windows, as one. */
@ApplicationScoped
public class PreferenceService {

    private final PreferenceRepository preferences;
    private final AvailabilityRepository windows;

    public PreferenceService(PreferenceRepository preferences, AvailabilityRepository windows) {
        this.preferences = preferences;
        this.windows = windows;
    }

    /** The advocate's preferences; 404 when none were written. */
    @WithSession
    public Uni<PreferencesView> find(UUID advocateId) {
        return preferences
                .findById(advocateId)
                .plug(ProblemException.orNotFound("Preferences of advocate", advocateId))
                .chain(preference -> windows.of(advocateId).map(found -> PreferenceMapper.toView(preference, found)));
    }

    /** Replaces the advocate's preferences and windows, creating them the first time. */
    @WithTransaction
    public Uni<PreferencesView> replace(UUID advocateId, PreferencesRequest request, String updatedBy) {
        // Locked, so two writers take turns and the windows are never a mix of both.
        return preferences
                .lock(advocateId)
                .chain(() -> preferences.findById(advocateId))
                .chain(existing -> {
                    AdvocatePreference preference = existing == null ? new AdvocatePreference() : existing;
                    preference.advocateId = advocateId;
                    PreferenceMapper.apply(preference, request);
                    preference.updatedBy = updatedBy;
                    preference.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    return existing == null
                            ? preferences.persist(preference)
                            : Uni.createFrom().item(preference);
                })
                .call(preferences::flush)
                .call(() -> windows.deleteOf(advocateId))
                .call(() -> windows.persistAll(PreferenceMapper.toWindows(advocateId, request)))
                .call(preferences::flush)
                .chain(preference -> windows.of(advocateId).map(found -> PreferenceMapper.toView(preference, found)))
                .invoke(view -> Log.debugf("Preferences of %s written by %s", advocateId, updatedBy));
    }
}
