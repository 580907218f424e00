-- Authors' reach per platform, and the similarity hash that links near-duplicate mentions to the first copy.
create table author (
    author_key   text primary key,
    platform     text        not null,
    handle       text        not null,
    display_name text,
    followers    bigint      not null,
    mentions     bigint      not null,
    engagement   bigint      not null,
    reach        integer     not null check (reach between 0 and 100),
    updated_at   timestamptz not null
);

create index author_reach on author (reach desc, followers desc, author_key);
create index author_platform_reach on author (platform, reach desc);

alter table mention
    add column engagement   bigint  not null default 0,
    add column author_reach integer not null default 0,
    add column simhash      bigint,
    add column band0        integer,
    add column band1        integer,
    add column band2        integer,
    add column band3        integer,
    add column duplicate_of uuid references mention (id);

create index mention_band0 on mention (band0) where duplicate_of is null;
create index mention_band1 on mention (band1) where duplicate_of is null;
create index mention_band2 on mention (band2) where duplicate_of is null;
create index mention_band3 on mention (band3) where duplicate_of is null;
