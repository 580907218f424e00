-- The evidence a person's place on the continuum is computed from, one row per piece: a mention (its sentiment and
-- the author's reach, counted on the identity it came from, so merges and unmerges carry it along) or the outcome of
-- an interaction (attended or missed, counted on the profile it was held with).
create table advocate_evidence (
    id           uuid primary key,
    kind         text             not null check (kind in ('MENTION', 'ATTENDED', 'MISSED')),
    identity_id  uuid references advocate_identity (id) on delete cascade,
    advocate_id  uuid references advocate (id) on delete cascade,
    occurred_at  timestamptz      not null,
    sentiment    double precision,
    reach        bigint,
    -- How many mentions a row stands for: 1, except the summaries of mentions counted before this table existed.
    weight       integer          not null default 1 check (weight > 0),
    check ((kind = 'MENTION') = (identity_id is not null and sentiment is not null)),
    check ((kind = 'MENTION') = (advocate_id is null))
);

create index advocate_evidence_identity on advocate_evidence (identity_id, occurred_at) where identity_id is not null;
create index advocate_evidence_advocate on advocate_evidence (advocate_id, occurred_at) where advocate_id is not null;

-- Mentions counted before: one summary row per identity, at its latest mention, weighing as many mentions as it had.
insert into advocate_evidence (id, kind, identity_id, occurred_at, sentiment, reach, weight)
select gen_random_uuid(), 'MENTION', id, coalesce(last_mention_at, added_at), sentiment_sum / mention_count, followers,
       mention_count
from advocate_identity
where mention_count > 0;

-- Every move on the continuum keeps the whole evidence it was computed from, and what set it off.
alter table category_change add column trigger text not null default 'MENTION'
    check (trigger in ('MENTION', 'INTERACTION', 'MERGE', 'UNMERGE'));
alter table category_change add column interaction_id uuid;
alter table category_change add column window_from timestamptz;
alter table category_change add column window_to timestamptz;
alter table category_change add column positive_mentions integer not null default 0;
alter table category_change add column negative_mentions integer not null default 0;
alter table category_change add column active_weeks integer not null default 0;
alter table category_change add column engaged_weeks integer not null default 0;
alter table category_change add column reach bigint not null default 0;
alter table category_change add column attended integer not null default 0;
alter table category_change add column missed integer not null default 0;
