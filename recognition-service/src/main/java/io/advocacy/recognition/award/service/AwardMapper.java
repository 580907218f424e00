package io.advocacy.recognition.award.service;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.recognition.award.messaging.BadgeAwarded;
import io.advocacy.recognition.award.messaging.BadgeRevoked;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.rest.AwardView;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Maps awards between the database, the wire and events, in one place. */
public final class AwardMapper {

    private AwardMapper() {}

    /** A new award, stamped now to the microsecond PostgreSQL keeps, so the event and the row agree. */
    static Award newAward(UUID advocateId, BadgeDefinition badge, String period, String reason) {
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.advocateId = advocateId;
        award.badgeCode = badge.code;
        award.awardedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        award.period = period;
        award.reason = reason;
        return award;
    }

    public static AwardView toView(Award award) {
        return new AwardView(
                award.id,
                award.advocateId,
                award.badgeCode,
                award.awardedAt,
                award.period == null || award.period.isEmpty() ? null : award.period,
                award.reason,
                award.revokedAt,
                award.revocationReason);
    }

    /** One page of awards as the API shows it. */
    public static Page<AwardView> toPage(List<Award> awards, PageParams paging, long total) {
        return new Page<>(awards.stream().map(AwardMapper::toView).toList(), paging.page, paging.size, total);
    }

    static BadgeRevoked toRevokedEvent(Award award) {
        return new BadgeRevoked(award.id, award.advocateId, award.badgeCode, award.revocationReason, award.revokedAt);
    }

    static BadgeAwarded toEvent(Award award, BadgeDefinition badge) {
        return new BadgeAwarded(
                award.id,
                award.advocateId,
                badge.code,
                badge.name,
                award.awardedAt,
                award.reason,
                award.period.isEmpty() ? null : award.period);
    }
}
