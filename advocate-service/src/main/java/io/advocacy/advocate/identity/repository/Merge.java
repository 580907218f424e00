package io.advocacy.advocate.identity.repository;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One profile merged into another: who, when and why, and what an unmerge needs to restore both. Kept after an
 * unmerge, with who undid it, when and why.
 */
@Entity
@Table(name = "advocate_merge")
public class Merge {

    /** What made the merge. */
    public enum Trigger {
        /** A manager merged the two (a confirmed suggestion, or by hand). */
        MANUAL,
        /** A manager linked an identity another profile already held. */
        LINK
    }

    @Id
    public UUID id;

    @Column(name = "survivor_id")
    public UUID survivorId;

    @Column(name = "absorbed_id")
    public UUID absorbedId;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    public String reason;

    @Column(name = "merged_by")
    public String mergedBy;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_stage_before")
    public Stage survivorStageBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_stage_after")
    public Stage survivorStageAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_category_before")
    public Category survivorCategoryBefore;

    /** The manager who looked after the absorbed profile before the merge. */
    @Column(name = "absorbed_manager")
    public String absorbedManager;

    @Column(name = "unmerged_by")
    public String unmergedBy;

    @Column(name = "unmerged_at")
    public OffsetDateTime unmergedAt;

    @Column(name = "unmerge_reason")
    public String unmergeReason;

    public boolean active() {
        return unmergedAt == null;
    }
}
