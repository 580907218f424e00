-- Interactions come from configured playbooks, whose kinds are checked when the service starts rather than here.
alter table interaction drop constraint interaction_kind_check;

-- What tells one trigger of a playbook from another (the mention, the moment of a stage change, or 'once' per person
-- and kind): a redelivered or repeated event schedules nothing new.
alter table interaction add column trigger_key text;
update interaction set trigger_key = coalesce(cast(trigger_mention_id as text), 'once')
    where kind in ('thank-you', 'care-outreach');
create unique index interaction_trigger_key on interaction (advocate_id, kind, trigger_key) where trigger_key is not null;

-- When the trigger happened (a mention's publishedAt, a stage change's changedAt, else the event's time): a thank-you's
-- response time runs from it to the outcome.
alter table interaction add column triggered_at timestamptz;

-- The person's mentor, who takes part in playbooks that bring them along (the welcome).
alter table interaction add column mentor_id uuid;

create table advocate_mentor (
    advocate_id uuid primary key,
    mentor_id   uuid        not null,
    assigned_at timestamptz not null
);
