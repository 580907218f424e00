-- Consent per purpose and channel, append-only: the latest record for a purpose and channel is in force.
create table consent_record (
    id          uuid primary key,
    advocate_id uuid        not null references advocate (id),
    purpose     text        not null,
    channel     text        not null,
    granted     boolean     not null,
    recorded_at timestamptz not null,
    recorded_by text        not null
);

create index consent_record_current on consent_record (advocate_id, purpose, channel, recorded_at desc);
