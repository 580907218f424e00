-- Group formats with capacity: a group call, a roundtable or a webcast one manager hosts for many advocates.
create table group_session (
    id               uuid primary key,
    format           text        not null check (format in ('group-call', 'roundtable', 'webcast')),
    topic            text        not null,
    programme        text,
    manager          text        not null,
    starts_at        timestamptz not null,
    duration_minutes integer     not null check (duration_minutes between 5 and 480),
    capacity         integer     not null check (capacity > 0),
    created_by       text        not null,
    created_at       timestamptz not null
);

create index group_session_manager_starts on group_session (manager, starts_at);

-- Who is invited to a session, who waits for a seat, and who declined. position is the order they were added in:
-- the waitlist is promoted lowest position first.
create table session_participant (
    id             uuid primary key,
    session_id     uuid        not null references group_session (id) on delete cascade,
    advocate_id    uuid        not null,
    status         text        not null check (status in ('invited', 'waitlisted', 'declined')),
    position       integer     not null,
    interaction_id uuid,
    updated_at     timestamptz not null,
    unique (session_id, advocate_id)
);

create index session_participant_order on session_participant (session_id, status, position);
create index session_participant_advocate on session_participant (advocate_id);

-- An invitation to a session is an interaction too, of the session's format as its kind.
alter table interaction drop constraint interaction_kind_check;
alter table interaction add constraint interaction_kind_check
    check (kind in ('thank-you', 'care-outreach', 'check-in', 'group-call', 'roundtable', 'webcast'));
alter table interaction add column session_id uuid references group_session (id);
create index interaction_session on interaction (session_id) where session_id is not null;
