-- Managers look after advocates up to their capacity. A manager who leaves keeps their row, with left_at, for the record.
create table manager (
    id           uuid primary key,
    username     text        not null,
    display_name text        not null,
    capacity     integer     not null check (capacity >= 0),
    joined_at    timestamptz not null,
    left_at      timestamptz
);

-- One active manager per username; someone who left may join again under the same name.
create unique index manager_active_username on manager (username) where left_at is null;

-- Who looks after each person (the manager's username), and since when; null while nobody has room for them.
alter table advocate add column manager text;
alter table advocate add column manager_assigned_at timestamptz;

create index advocate_manager on advocate (manager, manager_assigned_at);
