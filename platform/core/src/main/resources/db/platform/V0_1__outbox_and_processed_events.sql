-- Platform tables every service has: the outbox its events leave through, and the events it has already consumed.
-- Platform migrations are numbered 0.x so that a service's own migrations (1, 2, ...) always come after them.

create table outbox_event (
    id          uuid primary key,
    position    bigint generated always as identity,
    topic       text        not null,
    event_type  text        not null,
    source      text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    payload     text        not null
);

create index outbox_event_position on outbox_event (position);

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
