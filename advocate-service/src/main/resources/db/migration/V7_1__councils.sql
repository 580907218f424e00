-- Advisory councils: a purpose, a number of seats, a term length (ISO 8601, such as P1Y) and a chair among the members.
create table council (
    id         uuid primary key,
    name       text        not null,
    purpose    text        not null,
    seats      integer     not null check (seats > 0),
    term       text        not null,
    chair_id   uuid,
    created_at timestamptz not null,
    created_by text        not null
);

-- Invitations: offered while a seat is kept for them, waitlisted while every seat is taken or offered; then accepted or
-- declined. Offered invitations and current members together never exceed the seats.
create table council_invitation (
    id           uuid primary key,
    council_id   uuid        not null references council (id),
    advocate_id  uuid        not null,
    status       text        not null check (status in ('OFFERED', 'WAITLISTED', 'ACCEPTED', 'DECLINED')),
    note         text,
    invited_at   timestamptz not null,
    invited_by   text        not null,
    offered_at   timestamptz,
    responded_at timestamptz,
    responded_by text
);

create unique index council_invitation_open on council_invitation (council_id, advocate_id)
    where status in ('OFFERED', 'WAITLISTED');
create index council_invitation_queue on council_invitation (council_id, status, invited_at, id);

-- Seats held: current while ended_at is null; a member whose term ended is an alumnus of the council.
create table council_membership (
    id            uuid primary key,
    council_id    uuid        not null references council (id),
    advocate_id   uuid        not null,
    invitation_id uuid        not null references council_invitation (id),
    started_at    timestamptz not null,
    term_ends_at  timestamptz not null,
    ended_at      timestamptz,
    end_reason    text
);

create unique index council_membership_current on council_membership (council_id, advocate_id) where ended_at is null;
create index council_membership_council on council_membership (council_id, started_at);

-- Structured feedback asked of a council's members: questions in order, one response per member.
create table council_feedback_request (
    id         uuid primary key,
    council_id uuid        not null references council (id),
    title      text        not null,
    created_at timestamptz not null,
    created_by text        not null
);

create index council_feedback_request_council on council_feedback_request (council_id, created_at);

create table council_feedback_question (
    id         uuid primary key,
    request_id uuid    not null references council_feedback_request (id),
    position   integer not null,
    text       text    not null,
    kind       text    not null check (kind in ('TEXT', 'SCALE', 'CHOICE')),
    options    text[],
    unique (request_id, position)
);

create table council_feedback_response (
    id           uuid primary key,
    request_id   uuid        not null references council_feedback_request (id),
    advocate_id  uuid        not null,
    submitted_at timestamptz not null,
    submitted_by text        not null,
    unique (request_id, advocate_id)
);

create table council_feedback_answer (
    id          uuid primary key,
    response_id uuid    not null references council_feedback_response (id) on delete cascade,
    position    integer not null,
    text_value  text,
    score       integer,
    choice      text,
    unique (response_id, position)
);

-- Erasing a person removes them from every council: invitations, seats, chair and feedback responses.
create function council_forget_advocate() returns trigger language plpgsql as $$
begin
    update council set chair_id = null where chair_id = old.id;
    delete from council_feedback_response where advocate_id = old.id;
    delete from council_membership where advocate_id = old.id;
    delete from council_invitation where advocate_id = old.id;
    return old;
end;
$$;

create trigger advocate_forget_councils after delete on advocate
    for each row execute function council_forget_advocate();
