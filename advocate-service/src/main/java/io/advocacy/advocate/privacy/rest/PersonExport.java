package io.advocacy.advocate.privacy.rest;

import io.advocacy.advocate.continuum.repository.EvidenceRepository;
import io.advocacy.advocate.lifecycle.rest.StageChangeView;
import io.advocacy.advocate.profile.rest.AdvocateView;
import io.advocacy.advocate.profile.rest.CategoryChangeView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything advocate-service holds about one person, for a data-subject access request.
 *
 * @param stageHistory every stage change, as stored
 * @param consentHistory every consent record, oldest first
 * @param relationships identities, merges, locale, mentoring, councils, feedback and segments
 * @param evidence every piece of evidence the continuum placed them on: mentions (sentiment, reach) and interaction
 *     outcomes, oldest first
 */
public record PersonExport(
        OffsetDateTime exportedAt,
        AdvocateView profile,
        List<CategoryChangeView> categoryHistory,
        List<StageChangeView> stageHistory,
        List<ConsentView> consentHistory,
        RelationshipsExport relationships,
        List<EvidenceRepository.Piece> evidence) {}
