-- Touchpoints planned with a person: a thank-you for a positive mention, care outreach when someone becomes a detractor.
create table interaction (
    id                 uuid primary key,
    advocate_id        uuid        not null,
    kind               text        not null check (kind in ('thank-you', 'care-outreach')),
    status             text        not null default 'scheduled',
    manager            text        not null,
    due_at             timestamptz not null,
    reason             text        not null,
    trigger_mention_id uuid,
    created_at         timestamptz not null,
    -- At most one interaction of a kind per person and mention, however often the mention is reported.
    unique (advocate_id, kind, trigger_mention_id)
);

create index interaction_advocate_due on interaction (advocate_id, due_at, id);
create index interaction_manager_due on interaction (manager, due_at, id);
create index interaction_due on interaction (due_at, id);
