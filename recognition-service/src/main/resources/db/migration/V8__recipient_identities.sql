-- A person's email address as Open Badges 3.0 credentials name a recipient: hashed with a salt of its own, never the
-- address itself. Set from advocate.updated.v1 when it carries an email, removed on advocate.erased.v1.
create table recipient_identity (
    advocate_id   uuid primary key,
    identity_type text        not null,
    identity_hash text        not null,
    salt          text        not null,
    updated_at    timestamptz not null,
    constraint recipient_identity_type check (identity_type in ('emailAddress')),
    constraint recipient_identity_hash check (identity_hash ~ '^sha256\$[0-9a-f]{64}$')
);
