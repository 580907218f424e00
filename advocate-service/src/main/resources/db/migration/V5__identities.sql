-- A person may appear on several platforms: a profile holds one or more identities, and two profiles found to be the
-- same person are merged (reversibly) into one.

-- The profile's email (null when unknown) and whether a manager verified it; merged_into names the surviving profile
-- of a profile that was merged away (kept, never deleted, so the merge can be undone).
alter table advocate add column email text;
alter table advocate add column email_verified boolean not null default false;
alter table advocate add column merged_into uuid references advocate (id);

create index advocate_merged_into on advocate (merged_into) where merged_into is not null;

-- One identity of a person: a handle on a platform (identity_key = <platform>:<handle>, the mentions' author key) or a
-- verified email (identity_key = email:<address>). Each identity keeps the counts of the mentions that came from it,
-- so a profile's counts are the sum over its identities and an unmerge gives each identity's mentions back to the
-- profile it goes back to, including those that arrived while the two were merged.
create table advocate_identity (
    id                uuid primary key,
    advocate_id       uuid        not null references advocate (id) on delete cascade,
    kind              text        not null check (kind in ('HANDLE', 'EMAIL')),
    identity_key      text        not null unique,
    platform          text,
    handle            text,
    email             text,
    origin            text        not null check (origin in ('DISCOVERED', 'DECLARED', 'VERIFIED')),
    display_name      text,
    followers         bigint      not null default 0,
    mention_count     integer     not null default 0,
    positive_mentions integer     not null default 0,
    negative_mentions integer     not null default 0,
    sentiment_sum     double precision not null default 0,
    last_mention_at   timestamptz,
    added_by          text        not null,
    added_at          timestamptz not null
);

create index advocate_identity_advocate on advocate_identity (advocate_id);

-- Every existing profile gets the author key it was discovered under as its first identity, with all its mentions.
insert into advocate_identity (id, advocate_id, kind, identity_key, platform, handle, origin, display_name, followers,
                               mention_count, positive_mentions, negative_mentions, sentiment_sum, last_mention_at,
                               added_by, added_at)
select gen_random_uuid(), id, 'HANDLE', author_key, platform, handle, 'DISCOVERED', display_name, followers,
       mention_count, positive_mentions, negative_mentions, sentiment_sum, last_mention_at, 'migration', discovered_at
from advocate;

-- A merge of one profile into another: who, when, why, and what to restore when it is undone.
create table advocate_merge (
    id                       uuid primary key,
    survivor_id              uuid        not null references advocate (id) on delete cascade,
    absorbed_id              uuid        not null references advocate (id) on delete cascade,
    trigger                  text        not null check (trigger in ('MANUAL', 'LINK')),
    reason                   text        not null,
    merged_by                text        not null,
    merged_at                timestamptz not null,
    survivor_stage_before    text        not null,
    survivor_stage_after     text        not null,
    survivor_category_before text        not null,
    absorbed_manager         text,
    unmerged_by              text,
    unmerged_at              timestamptz,
    unmerge_reason           text
);

create index advocate_merge_survivor on advocate_merge (survivor_id, merged_at);
create index advocate_merge_absorbed on advocate_merge (absorbed_id, merged_at);

-- What a merge moved from the absorbed profile to the survivor (identities, badges, consent records), moved back on
-- unmerge; what reached the survivor afterwards stays with it.
create table advocate_merge_item (
    merge_id uuid not null references advocate_merge (id) on delete cascade,
    kind     text not null check (kind in ('IDENTITY', 'BADGE', 'CONSENT')),
    item_id  uuid not null,
    primary key (merge_id, kind, item_id)
);

-- Two profiles a manager said are different people: they are never merged, nor suggested as a match.
create table advocate_distinct (
    id          uuid primary key,
    advocate_id uuid        not null references advocate (id) on delete cascade,
    other_id    uuid        not null references advocate (id) on delete cascade,
    reason      text        not null,
    marked_by   text        not null,
    marked_at   timestamptz not null,
    check (advocate_id < other_id),
    unique (advocate_id, other_id)
);

create index advocate_distinct_other on advocate_distinct (other_id);
