-- Handles a person's mentions referred to (@handle in the text, /@handle in the url), at most 50 per identity. Someone
-- on one platform naming the handle another profile holds on another platform ("find me on Mastodon, @ada") is
-- probably that profile: a match suggestion.
create table identity_reference (
    identity_id   uuid        not null references advocate_identity (id) on delete cascade,
    handle        text        not null,
    first_seen_at timestamptz not null,
    primary key (identity_id, handle)
);

create index identity_reference_handle on identity_reference (handle);
