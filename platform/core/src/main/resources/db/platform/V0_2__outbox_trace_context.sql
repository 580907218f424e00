-- The W3C trace context of the transaction that wrote an event, so the relay can put it on the Kafka record and one
-- trace runs from the request that caused the event through every consumer. Null for rows written outside a trace
-- (and for rows written before this column existed).
-- Numbered 0.2 like every platform migration: services whose own migrations are already further along apply it out of
-- order (quarkus.flyway.out-of-order=true in the platform's defaults).

alter table outbox_event
    add column traceparent text,
    add column tracestate  text;
