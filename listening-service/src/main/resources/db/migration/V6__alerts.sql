-- Open alerts per programme: a detractor signal stays open until a manager closes it.
create table alert (
    id           uuid primary key,
    programme    text             not null,
    kind         text             not null,
    mention_id   uuid             not null references mention (id),
    author_key   text             not null,
    author_reach integer          not null,
    sentiment    double precision not null,
    reason       text             not null,
    raised_at    timestamptz      not null,
    closed_at    timestamptz,
    closed_by    text
);

create index alert_open on alert (programme, raised_at desc) where closed_at is null;
create index mention_published on mention (published_at);
