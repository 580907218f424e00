-- The programme's cadences: one rule per lifecycle stage and one per segment (segments by priority), which a person's
-- own cadence (advocate_cadence) overrides.
create table cadence_rule (
    id               uuid primary key,
    stage            text check (stage in ('discovered', 'invited', 'onboarded', 'active', 'alumni')),
    segment_id       uuid,
    segment_name     text,
    priority         integer     not null default 0,
    rrule            text        not null,
    starts_on        date        not null,
    local_time       time        not null,
    duration_minutes integer     not null check (duration_minutes between 5 and 480),
    manager          text,
    updated_by       text        not null,
    updated_at       timestamptz not null,
    check ((stage is null) <> (segment_id is null))
);
create unique index cadence_rule_stage on cadence_rule (stage) where stage is not null;
create unique index cadence_rule_segment on cadence_rule (segment_id) where segment_id is not null;

-- Each person's lifecycle stage as advocate-service last announced it, and when it was so: an older event arriving
-- late does not overwrite a newer one.
create table advocate_stage (
    advocate_id uuid primary key,
    stage       text        not null,
    changed_at  timestamptz not null
);

-- Whether a person is in a segment, as its latest joined or left event said, and when.
create table advocate_segment (
    advocate_id uuid        not null,
    segment_id  uuid        not null,
    member      boolean     not null,
    changed_at  timestamptz not null,
    primary key (advocate_id, segment_id)
);
create index advocate_segment_member on advocate_segment (segment_id) where member;
