-- Why an interaction is not where its trigger would have put it: moved to a later week because its manager's week was
-- full, or deferred (status 'deferred') because the person was asked too often lately; and from when it is possible.
alter table interaction add column deferred_reason text;
alter table interaction add column deferred_until timestamptz;

-- Every ask of a person (an invitation, a request that counts as an ask), across playbooks and managers: the ask
-- budget counts these.
create table advocate_ask (
    id             uuid primary key,
    advocate_id    uuid        not null,
    asked_at       timestamptz not null,
    kind           text        not null,
    interaction_id uuid
);

create index advocate_ask_advocate on advocate_ask (advocate_id, asked_at);
