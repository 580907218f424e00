-- A person over their ask budget is not invited to a session yet: deferred, with why and from when it is possible.
alter table session_participant drop constraint session_participant_status_check;
alter table session_participant add constraint session_participant_status_check
    check (status in ('invited', 'waitlisted', 'declined', 'deferred'));
alter table session_participant add column deferred_reason text;
alter table session_participant add column deferred_until timestamptz;
