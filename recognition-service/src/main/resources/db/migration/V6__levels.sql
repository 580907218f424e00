-- Levels unlock from badges: a level is reached by holding all of its badges, or at least or_count badges of any
-- kind. Reached once per person and level; a level reached stays reached.
create table level_definition (
    code        text primary key,
    name        text        not null,
    description text        not null,
    -- The badge codes it requires, as a JSON array of strings; empty when only or_count counts.
    badges      text        not null,
    or_count    integer     check (or_count > 0),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    retired_at  timestamptz,
    constraint level_definition_code check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint level_definition_requires_something check (badges <> '[]' or or_count is not null)
);

create table level_reached (
    id          uuid primary key,
    advocate_id uuid        not null,
    level_code  text        not null references level_definition (code),
    reached_at  timestamptz not null,
    reason      text        not null,
    constraint level_reached_once unique (advocate_id, level_code)
);

create index level_reached_advocate on level_reached (advocate_id, reached_at);
