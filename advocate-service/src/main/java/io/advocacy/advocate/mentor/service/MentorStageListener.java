package io.advocacy.advocate.mentor.service;

import io.advocacy.advocate.lifecycle.repository.StageChange;
import io.advocacy.advocate.lifecycle.service.StageListener;
import io.advocacy.advocate.mentor.repository.MentoringRepository;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.Stage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pairs, settles and re-pairs as people move through the lifecycle, in the move's transaction: a newcomer
 * ({@code onboarded}) gets a mentor or waits; a newcomer who became {@code active} settles when due and can no longer
 * wait; someone who becomes {@code active} may be the veteran a waiting newcomer needs; someone who becomes
 * {@code alumni} ends their pairings and their mentees look for someone else.
 */
@ApplicationScoped
public class MentorStageListener implements StageListener {

    private final MentoringRepository mentorings;
    private final MentorMatching matching;

    public MentorStageListener(MentoringRepository mentorings, MentorMatching matching) {
        this.mentorings = mentorings;
        this.matching = matching;
    }

    @Override
    public Uni<Void> stageChanged(Advocate advocate, StageChange change) {
        if (change.to == Stage.ONBOARDED) {
            return mentorings.lockMentoring().chain(() -> matching.pairOrWait(advocate)
                    .replaceWithVoid());
        }
        if (change.to == Stage.ACTIVE) {
            return mentorings
                    .lockMentoring()
                    .chain(() -> matching.stopWaiting(advocate.id))
                    .chain(() -> matching.settleIfDue(advocate))
                    .chain(() -> matching.serve(advocate.id));
        }
        if (change.to == Stage.ALUMNI) {
            return mentorings.lockMentoring().chain(() -> matching.left(advocate, change.changedBy));
        }
        return Uni.createFrom().voidItem();
    }
}
