package io.advocacy.advocate.mentor.service;

import io.advocacy.advocate.mentor.messaging.MentorEvents;
import io.advocacy.advocate.mentor.repository.Mentoring;
import io.advocacy.advocate.mentor.repository.WaitingMentee;
import io.advocacy.advocate.mentor.rest.LocaleView;
import io.advocacy.advocate.mentor.rest.MenteesView;
import io.advocacy.advocate.mentor.rest.MentorView;
import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Maps pairings between the database, the wire and events, in one place. */
final class MentorMapper {

    private MentorMapper() {}

    static Mentoring pairing(Advocate newcomer, Advocate mentor, String by, OffsetDateTime now) {
        Mentoring m = new Mentoring();
        m.id = UUID.randomUUID();
        m.menteeId = newcomer.id;
        m.mentorId = mentor.id;
        m.languageMatch = newcomer.language != null && Objects.equals(newcomer.language, mentor.language);
        m.regionMatch = newcomer.region != null && Objects.equals(newcomer.region, mentor.region);
        m.startedAt = now;
        m.assignedBy = by;
        return m;
    }

    static MentorEvents.MentorAssigned assigned(Mentoring m, Advocate newcomer) {
        return new MentorEvents.MentorAssigned(
                m.menteeId,
                m.mentorId,
                m.id,
                newcomer.language,
                newcomer.region,
                m.languageMatch,
                m.regionMatch,
                m.assignedBy,
                m.startedAt);
    }

    static MentorEvents.MentoringEnded ended(Mentoring m) {
        return new MentorEvents.MentoringEnded(
                m.menteeId, m.mentorId, m.id, m.endReason, m.endedBy, m.startedAt, m.endedAt);
    }

    static MentorView paired(UUID advocateId, Mentoring m) {
        return new MentorView(
                advocateId, MentorView.PAIRED, m.mentorId, m.languageMatch, m.regionMatch, m.startedAt, m.assignedBy);
    }

    static MentorView waiting(UUID advocateId, WaitingMentee w) {
        return new MentorView(advocateId, MentorView.WAITING, null, null, null, w.since, null);
    }

    static MentorView none(UUID advocateId) {
        return new MentorView(advocateId, MentorView.NONE, null, null, null, null, null);
    }

    static MenteesView mentees(UUID mentorId, int limit, List<Mentoring> open) {
        return new MenteesView(
                mentorId,
                limit,
                open.stream()
                        .map(m -> new MenteesView.Mentee(
                                m.menteeId, m.languageMatch, m.regionMatch, m.startedAt, m.assignedBy))
                        .toList());
    }

    static LocaleView locale(Advocate a) {
        return new LocaleView(a.id, a.language, a.region);
    }
}
