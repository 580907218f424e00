-- How often each advocate is checked in with: an RFC 5545 recurrence rule from a first day, at a local time of day.
create table advocate_cadence (
    advocate_id      uuid primary key,
    rrule            text        not null,
    starts_on        date        not null,
    local_time       time        not null,
    duration_minutes integer     not null check (duration_minutes between 5 and 480),
    manager          text,
    updated_by       text        not null,
    updated_at       timestamptz not null
);

-- Check-ins are interactions too, planned from a cadence rather than caused by a mention.
alter table interaction drop constraint interaction_kind_check;
alter table interaction add constraint interaction_kind_check
    check (kind in ('thank-you', 'care-outreach', 'check-in'));

-- The cadence's occurrence a check-in stands for (its date in the advocate's time zone), how long it lasts, and the
-- iCalendar SEQUENCE, raised whenever the planned event changes.
alter table interaction add column occurrence_on date;
alter table interaction add column duration_minutes integer not null default 30;
alter table interaction add column sequence integer not null default 0;

-- At most one check-in per advocate and occurrence, however often planning runs.
create unique index interaction_check_in_occurrence on interaction (advocate_id, occurrence_on) where kind = 'check-in';
