package io.advocacy.advocate.council.rest;

import java.util.List;
import java.util.UUID;

/**
 * What a rotation did.
 *
 * @param ended the advocates whose term ended and who are now alumni of the council
 * @param offered the invitations now offered a freed seat, first invited first
 */
public record RotationView(UUID councilId, List<UUID> ended, List<UUID> offered) {}
