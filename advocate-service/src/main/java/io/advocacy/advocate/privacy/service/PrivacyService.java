package io.advocacy.advocate.privacy.service;

import io.advocacy.advocate.continuum.repository.EvidenceRepository;
import io.advocacy.advocate.identity.service.MergedAway;
import io.advocacy.advocate.lifecycle.service.LifecycleService;
import io.advocacy.advocate.privacy.repository.ConsentRecord;
import io.advocacy.advocate.privacy.repository.ConsentRepository;
import io.advocacy.advocate.privacy.rest.ConsentRequest;
import io.advocacy.advocate.privacy.rest.ConsentView;
import io.advocacy.advocate.privacy.rest.PersonExport;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.service.ProfileQueries;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A person's consent per purpose and channel, and the export of everything held about them. */
@ApplicationScoped
public class PrivacyService {

    private final AdvocateRepository advocates;
    private final ConsentRepository consents;
    private final ProfileQueries profiles;
    private final LifecycleService lifecycle;
    private final RelationshipsExporter relationships;
    private final EvidenceRepository evidence;

    public PrivacyService(
            AdvocateRepository advocates,
            ConsentRepository consents,
            ProfileQueries profiles,
            LifecycleService lifecycle,
            RelationshipsExporter relationships,
            EvidenceRepository evidence) {
        this.advocates = advocates;
        this.consents = consents;
        this.profiles = profiles;
        this.lifecycle = lifecycle;
        this.relationships = relationships;
        this.evidence = evidence;
    }

    /** Records a grant or withdrawal; earlier records stay as history. */
    @WithTransaction
    public Uni<ConsentView> record(UUID advocateId, ConsentRequest request, String by) {
        return advocates
                .findById(advocateId)
                .plug(ProblemException.orNotFound("Advocate", advocateId))
                .invoke(advocate -> MergedAway.refuse(advocate, "record their consent"))
                .chain(advocate -> {
                    ConsentRecord record = new ConsentRecord();
                    record.id = UUID.randomUUID();
                    record.advocateId = advocateId;
                    record.purpose = request.purpose();
                    record.channel = request.channel();
                    record.granted = request.granted();
                    record.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    record.recordedBy = by;
                    return consents.persist(record);
                })
                .map(PrivacyService::toView);
    }

    /** The consent in force per purpose and channel; anything not listed has not been granted. */
    @WithSession
    public Uni<List<ConsentView>> current(UUID advocateId) {
        return profiles.get(advocateId)
                .chain(profile -> consents.currentOf(advocateId))
                .map(records -> records.stream().map(PrivacyService::toView).toList());
    }

    /** Everything this service holds about the person. */
    @WithSession
    public Uni<PersonExport> export(UUID advocateId) {
        return profiles.get(advocateId).chain(profile -> profiles.history(advocateId)
                .chain(categories -> lifecycle.history(advocateId).chain(stages -> consents.historyOf(advocateId)
                        .chain(records -> relationships.of(advocateId).chain(held -> evidence.all(advocateId)
                                .map(pieces -> new PersonExport(
                                        OffsetDateTime.now(ZoneOffset.UTC),
                                        profile.profile(),
                                        categories,
                                        stages,
                                        records.stream()
                                                .map(PrivacyService::toView)
                                                .toList(),
                                        held,
                                        pieces)))))));
    }

    private static ConsentView toView(ConsentRecord r) {
        return new ConsentView(r.purpose, r.channel, r.granted, r.recordedAt, r.recordedBy);
    }
}
