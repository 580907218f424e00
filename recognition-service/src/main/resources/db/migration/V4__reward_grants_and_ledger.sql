-- Rewards granted to advocates, each moving through its fulfilment, and a ledger of every move that is only ever
-- appended to.
create table reward_grant (
    id          uuid primary key,
    reward_id   uuid        not null references reward (id),
    advocate_id uuid        not null,
    status      text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint reward_grant_status check (status in ('offered', 'accepted', 'fulfilled', 'declined', 'cancelled'))
);

create index reward_grant_advocate on reward_grant (advocate_id, created_at desc);

create table reward_ledger (
    id        uuid primary key,
    grant_id  uuid        not null references reward_grant (id),
    status    text        not null,
    actor     text        not null,
    note      text,
    at        timestamptz not null
);

create index reward_ledger_grant on reward_ledger (grant_id, at, id);

-- Append-only: an entry once written is never changed nor removed.
create function reward_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reward_ledger is append-only';
end;
$$;

create trigger reward_ledger_append_only before update or delete on reward_ledger
    for each row execute function reward_ledger_append_only();
