package io.advocacy.advocate.council.service;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who makes a request about an advocate's own seat or feedback.
 *
 * @param name their principal name, recorded with what they did
 * @param staff a manager or admin, who may act for any advocate
 * @param mayActFor whether they may act for an advocate: staff for anyone, an advocate for themself
 */
public record Caller(String name, boolean staff, Predicate<UUID> mayActFor) {}
