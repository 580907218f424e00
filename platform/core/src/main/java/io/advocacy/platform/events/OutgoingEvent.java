package io.advocacy.platform.events;

import java.util.Objects;

/**
 * An event a service wants published: the CloudEvents type, the subject (the record key, so one person's events stay
 * in order) and the data, which becomes the JSON body.
 *
 * @param topic the Kafka topic the event goes to
 * @param type the CloudEvents type, ending in its version, for example {@code io.advocacy.mention.scored.v1}
 * @param subject the person (or author) the event is about; used as the record key and as {@code ce_subject}
 * @param data the payload, serialised as JSON
 */
public record OutgoingEvent(String topic, String type, String subject, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }
}
