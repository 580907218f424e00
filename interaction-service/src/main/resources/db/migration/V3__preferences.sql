-- How and when each advocate likes to be contacted. One row per advocate, written by PUT /advocates/{id}/preferences.
create table advocate_preference (
    advocate_id     uuid primary key,
    preferred_media text[]      not null,
    time_zone       text        not null,
    language        text,
    paused          boolean     not null default false,
    updated_by      text        not null,
    updated_at      timestamptz not null
);

-- The weekly windows, in the advocate's time zone, when they can be reached.
create table availability_window (
    id          uuid primary key,
    advocate_id uuid     not null references advocate_preference (advocate_id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    starts_at   time     not null,
    ends_at     time     not null check (ends_at > starts_at)
);

create index availability_window_advocate on availability_window (advocate_id, day_of_week, starts_at);
