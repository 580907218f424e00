package io.advocacy.advocate.mentor.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A manager's choice of mentor for a newcomer. */
public record MentorRequest(@NotNull UUID mentorId) {}
