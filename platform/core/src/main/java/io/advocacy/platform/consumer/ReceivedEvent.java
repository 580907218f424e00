package io.advocacy.platform.consumer;

import java.time.OffsetDateTime;

/**
 * A consumed CloudEvent with its data read into the consumer's own type.
 *
 * @param id the {@code ce_id}, unique per event; consumers are idempotent on it
 * @param type the {@code ce_type}
 * @param subject the {@code ce_subject}: the person the event is about
 * @param time when the event occurred, or null when the producer did not say
 * @param data the payload, read through the consumer's own record of the fields it needs
 */
public record ReceivedEvent<T>(String id, String type, String subject, OffsetDateTime time, T data) {}
