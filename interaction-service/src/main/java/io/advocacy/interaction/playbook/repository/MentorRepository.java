package io.advocacy.interaction.playbook.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored mentors, by the mentored person's id. */
@ApplicationScoped
public class MentorRepository implements PanacheRepositoryBase<AdvocateMentor, UUID> {}
