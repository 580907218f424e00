-- Every move of a person through the lifecycle (discovered, invited, onboarded, active, alumni): by whom, when and why.
create table stage_change (
    id          uuid primary key,
    advocate_id uuid        not null references advocate (id),
    from_stage  text        not null,
    to_stage    text        not null,
    changed_by  text        not null,
    changed_at  timestamptz not null,
    reason      text        not null
);

create index stage_change_advocate on stage_change (advocate_id, changed_at);
create index advocate_stage on advocate (stage);
