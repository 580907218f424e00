create table advocate (
    id                uuid primary key,
    author_key        text        not null unique,
    platform          text        not null,
    handle            text        not null,
    display_name      text,
    followers         bigint      not null default 0,
    stage             text        not null check (stage in ('DISCOVERED', 'INVITED', 'ONBOARDED', 'ACTIVE', 'ALUMNI')),
    category          text        not null,
    mention_count     integer     not null default 0,
    positive_mentions integer     not null default 0,
    negative_mentions integer     not null default 0,
    sentiment_sum     double precision not null default 0,
    discovered_at     timestamptz not null,
    last_mention_at   timestamptz,
    version           bigint      not null default 0
);

create index advocate_recent on advocate (last_mention_at desc nulls last, id);
create index advocate_category on advocate (category);

create table category_change (
    id                uuid primary key,
    advocate_id       uuid        not null references advocate (id),
    from_category     text,
    to_category       text        not null,
    changed_at        timestamptz not null,
    mention_id        uuid,
    mention_count     integer     not null,
    average_sentiment double precision not null
);

create index category_change_advocate on category_change (advocate_id, changed_at);

create table profile_badge (
    award_id    uuid primary key,
    advocate_id uuid        not null,
    badge_code  text        not null,
    badge_name  text,
    awarded_at  timestamptz not null
);

create index profile_badge_advocate on profile_badge (advocate_id);
