-- The spotlight queue: positive content from known advocates, proposed for the brand to share, best first. A manager
-- approves it and features it only once they have confirmed the person's consent, which is kept with who confirmed
-- it and when.
create table spotlight (
    id                    uuid primary key,
    advocate_id           uuid             not null,
    mention_id            uuid             not null unique,
    author_key            text,
    display_name          text,
    url                   text             not null,
    sentiment             double precision not null,
    followers             integer          not null,
    score                 double precision not null,
    published_at          timestamptz,
    status                text             not null,
    proposed_at           timestamptz      not null,
    decided_by            text,
    decided_at            timestamptz,
    note                  text,
    consent_confirmed_by  text,
    consent_confirmed_at  timestamptz,
    featured_at           timestamptz,
    constraint spotlight_status check (status in ('proposed', 'approved', 'featured', 'dismissed')),
    constraint spotlight_featured_with_consent check (
        status <> 'featured' or (consent_confirmed_by is not null and consent_confirmed_at is not null))
);

create index spotlight_queue on spotlight (status, score desc, proposed_at);
