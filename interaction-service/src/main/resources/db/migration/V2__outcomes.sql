-- What came of an interaction: whether the person attended, and what they said. At most one per interaction.
create table interaction_outcome (
    interaction_id     uuid primary key references interaction (id),
    attendance         text        not null check (attendance in ('attended', 'declined', 'no-show')),
    feedback_topic     text,
    feedback_sentiment smallint check (feedback_sentiment between -2 and 2),
    feedback_text      text,
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
