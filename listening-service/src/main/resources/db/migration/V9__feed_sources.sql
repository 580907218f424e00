-- RSS and Atom feeds the service polls itself (blogs, forums, alert feeds): where each one is, how far polling got,
-- so that a restart resumes without publishing an entry twice, and how healthy polling it is.
create table feed_source (
    id                      uuid primary key,
    programme               text        not null,
    name                    text        not null,
    url                     text        not null,
    platform                text        not null default 'blog',
    poll_interval_seconds   integer     not null check (poll_interval_seconds > 0),
    active                  boolean     not null default true,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    created_by              text        not null,
    -- The cursor: the validators of the last answer for a conditional GET, the newest entry date taken, and the ids of
    -- the entries seen recently. Advanced only after the entries' ingestion has committed.
    etag                    text,
    last_modified           text,
    last_entry_published_at timestamptz,
    seen_entry_ids          text[]      not null default '{}',
    -- Schedule and health.
    next_poll_at            timestamptz not null,
    last_polled_at          timestamptz,
    last_success_at         timestamptz,
    last_error_at           timestamptz,
    last_error              text,
    consecutive_failures    integer     not null default 0,
    entries_seen            bigint      not null default 0,
    unique (programme, url)
);

create index feed_source_due on feed_source (next_poll_at) where active;
