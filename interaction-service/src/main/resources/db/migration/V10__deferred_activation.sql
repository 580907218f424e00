-- What deferred an interaction: the person's ask budget, or its manager's weekly limit (no week with room). A deferred
-- interaction is scheduled on its own once possible: at deferred_until, the budget (for an ask) and the manager's
-- weeks are tried again.
alter table interaction add column deferred_by text check (deferred_by in ('ask-budget', 'weekly-limit'));
update interaction set deferred_by = case when deferred_reason like 'ask budget reached%' then 'ask-budget'
                                          else 'weekly-limit' end
    where status = 'deferred';
-- Those deferred past a full year of their manager's weeks had no moment; they are tried again at once.
update interaction set deferred_until = now() where status = 'deferred' and deferred_until is null;
create index interaction_deferred on interaction (deferred_until) where status = 'deferred';
