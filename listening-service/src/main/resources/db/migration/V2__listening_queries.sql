-- What a programme listens for. A query keeps every version; a mention records the version it matched, so changing
-- a query never rewrites history.
create table listening_query (
    id              uuid primary key,
    programme       text        not null,
    name            text        not null,
    active          boolean     not null default true,
    current_version integer     not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (programme, name)
);

create table listening_query_version (
    query_id   uuid        not null references listening_query (id),
    version    integer     not null,
    expression text        not null,
    platforms  text,
    created_at timestamptz not null,
    created_by text        not null,
    primary key (query_id, version)
);

create table mention_match (
    mention_id    uuid    not null references mention (id),
    query_id      uuid    not null references listening_query (id),
    query_version integer not null,
    programme     text    not null,
    primary key (mention_id, query_id)
);

create index mention_match_programme on mention_match (programme, mention_id);

-- What ingestion did with mentions, per day: accepted, duplicate, unmatched, rejected.
create table mention_tally (
    day     date   not null,
    outcome text   not null,
    count   bigint not null,
    primary key (day, outcome)
);
