-- Badges become data a programme admin manages: criteria as a small rule (JSON, validated against its schema by the
-- service), an image, repeatable per period, retirement instead of deletion. Awards of a repeatable badge are once per
-- person, badge and period; the facts criteria are evaluated over are kept per person so a new badge can be
-- backfilled over history.

alter table badge_definition add column rule text;
alter table badge_definition add column image text;
alter table badge_definition add column repeatable boolean not null default false;
-- The period a repeatable badge is earned once in: P1D, P1W (ISO weeks), P1M or P1Y, in UTC.
alter table badge_definition add column period text;
alter table badge_definition add column created_at timestamptz not null default now();
alter table badge_definition add column updated_at timestamptz not null default now();
-- A retired badge is no longer awarded; its awards stand.
alter table badge_definition add column retired_at timestamptz;
alter table badge_definition add constraint badge_definition_period check (
    (repeatable and period in ('P1D', 'P1W', 'P1M', 'P1Y')) or (not repeatable and period is null));

-- The badge that used to be hard-coded: the first positive mention.
update badge_definition
set rule = '{"count": {"event": "positive-mention", "atLeast": 1}}'
where code = 'first-voice';
alter table badge_definition alter column rule set not null;

-- The period an award was earned in (for example 2026-11 or 2026-W48); '' for a badge earned once.
alter table award add column period text not null default '';
alter table award drop constraint award_once_per_badge;
alter table award add constraint award_once_per_badge_and_period unique (advocate_id, badge_code, period);

-- What happened to whom, when: the compact history criteria are evaluated over. One fact per person, kind and
-- reference (the mention, interaction, mentoring, term or spotlight it came from), however often it is reported.
create table advocate_fact (
    id            bigserial primary key,
    advocate_id   uuid        not null,
    kind          text        not null,
    occurred_at   timestamptz not null,
    ref           text        not null,
    from_category text,
    to_category   text,
    constraint advocate_fact_kind check (kind in ('positive-mention', 'negative-mention', 'interaction-attended',
        'interaction-missed', 'category-reached', 'mentee-settled', 'council-term-served', 'featured')),
    constraint advocate_fact_once unique (advocate_id, kind, ref)
);

create index advocate_fact_history on advocate_fact (advocate_id, occurred_at, id);
