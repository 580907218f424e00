-- A person's language (ISO 639-1, lower case) and region (ISO 3166-1 alpha-2, upper case), set by managers; null
-- while unknown. Newcomers are paired with veterans who share one of them.
alter table advocate add column language text;
alter table advocate add column region text;

create index advocate_active_language on advocate (language) where stage = 'ACTIVE';
create index advocate_active_region on advocate (region) where stage = 'ACTIVE';

-- Buddy pairings: a newcomer (mentee) and a veteran (mentor). Open while ended_at is null; ended ones stay as history.
-- No foreign keys to advocate on purpose: inserting a referencing row would take a key-share lock on both people,
-- which can wait on a lifecycle move holding one of them while that move waits for the mentoring lock.
create table mentoring (
    id             uuid primary key,
    mentee_id      uuid        not null,
    mentor_id      uuid        not null,
    language_match boolean     not null,
    region_match   boolean     not null,
    started_at     timestamptz not null,
    assigned_by    text        not null,
    ended_at       timestamptz,
    end_reason     text,
    ended_by       text,
    check (mentee_id <> mentor_id),
    check ((ended_at is null) = (end_reason is null))
);

-- At most one open pairing per newcomer; open pairings per mentor are counted against their limit.
create unique index mentoring_open_mentee on mentoring (mentee_id) where ended_at is null;
create index mentoring_open_mentor on mentoring (mentor_id) where ended_at is null;
create index mentoring_history on mentoring (mentee_id, started_at);

-- Newcomers who found no mentor yet, first come first served.
create table mentee_waiting (
    advocate_id uuid primary key,
    since       timestamptz not null
);

create index mentee_waiting_since on mentee_waiting (since, advocate_id);

-- Erasing a person removes their pairings and their place in the queue; their open mentees wait for a new mentor.
create function mentoring_forget_advocate() returns trigger language plpgsql as $$
begin
    insert into mentee_waiting (advocate_id, since)
        select mentee_id, now() from mentoring where mentor_id = old.id and ended_at is null
        on conflict do nothing;
    delete from mentoring where mentee_id = old.id or mentor_id = old.id;
    delete from mentee_waiting where advocate_id = old.id;
    return old;
end;
$$;

create trigger advocate_forget_mentoring after delete on advocate
    for each row execute function mentoring_forget_advocate();
