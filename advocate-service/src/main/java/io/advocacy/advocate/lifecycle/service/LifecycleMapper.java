package io.advocacy.advocate.lifecycle.service;

import io.advocacy.advocate.lifecycle.repository.StageChange;
import io.advocacy.advocate.lifecycle.rest.StageChangeView;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.Stage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Maps lifecycle moves between the database, the wire and events, in one place. */
public final class LifecycleMapper {

    private LifecycleMapper() {}

    public static StageChangeView toView(StageChange c) {
        return new StageChangeView(c.from, c.to, c.changedBy, c.changedAt, c.reason);
    }

    static StageChange change(Advocate a, Stage to, String reason, String by) {
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.advocateId = a.id;
        change.from = a.stage;
        change.to = to;
        change.changedBy = by;
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        change.reason = reason.strip();
        return change;
    }

    static AdvocateEvents.StageChanged stageChanged(Advocate a, StageChange c) {
        return new AdvocateEvents.StageChanged(a.id, a.authorKey, c.from, c.to, c.changedBy, c.reason, c.changedAt);
    }
}
