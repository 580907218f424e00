-- Segments: a named rule over profiles (stored as its validated JSON) and the people who meet it now.
create table segment (
    id             uuid primary key,
    name           text        not null,
    description    text,
    rule           text        not null,
    -- A rule that names a time relative to now ("last mention within 30 days") drifts as time passes; such segments
    -- are refreshed on a schedule as well as on every change of a profile.
    time_dependent boolean     not null,
    created_at     timestamptz not null,
    created_by     text        not null,
    updated_at     timestamptz not null,
    updated_by     text        not null,
    evaluated_at   timestamptz not null,
    version        bigint      not null default 0
);

create unique index segment_name on segment (name);

-- Who is in each segment, since when. Kept in step one profile at a time; a deleted profile leaves every segment.
create table segment_member (
    segment_id  uuid        not null references segment (id) on delete cascade,
    advocate_id uuid        not null references advocate (id) on delete cascade,
    joined_at   timestamptz not null,
    primary key (segment_id, advocate_id)
);

create index segment_member_advocate on segment_member (advocate_id);
create index segment_member_joined on segment_member (segment_id, joined_at, advocate_id);
