create table mention (
    id               uuid primary key,
    natural_key      text        not null unique,
    platform         text        not null,
    external_id      text        not null,
    author_key       text        not null,
    author_handle    text        not null,
    author_name      text,
    author_followers bigint      not null,
    url              text        not null,
    text             text        not null,
    published_at     timestamptz not null,
    received_at      timestamptz not null,
    sentiment        double precision not null
);

create index mention_received on mention (received_at desc, id);
create index mention_platform_received on mention (platform, received_at desc);
create index mention_author on mention (author_key);
