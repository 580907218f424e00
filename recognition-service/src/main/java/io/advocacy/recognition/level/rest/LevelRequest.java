package io.advocacy.recognition.level.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A level as a programme admin defines it.
 *
 * @param code its identity: lower-case words joined by {@code -}; on PUT it must be the path's
 * @param name what people see
 * @param description what it stands for; optional
 * @param requires the badges that unlock it
 */
public record LevelRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @Valid Requires requires) {

    /**
     * What unlocks a level: every badge in {@code badges}, or at least {@code orCount} badges of any kind.
     *
     * @param badges badge codes, all of which unlock the level
     * @param orCount how many badges of any kind unlock it as well; optional
     */
    public record Requires(
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> badges,
            @Positive Integer orCount) {

        /** Named {@code requires.badgesOrCount} when neither is given. */
        @AssertTrue(message = "name at least one badge in badges, or give orCount")
        public boolean isBadgesOrCount() {
            return (badges != null && !badges.isEmpty()) || orCount != null;
        }

        /** The badges, none when not given. */
        public List<String> badgeCodes() {
            return badges == null ? List.of() : badges;
        }
    }
}
