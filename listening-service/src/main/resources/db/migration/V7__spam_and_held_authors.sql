-- What happened to each stored mention, why a mention is spam, and authors whose mentions are held for review.
alter table mention
    add column status      text not null default 'published'
        check (status in ('published', 'near-duplicate', 'spam', 'held')),
    add column spam_reason text;

update mention set status = 'near-duplicate' where duplicate_of is not null;

create index mention_author_received on mention (author_key, received_at desc);
create index mention_held on mention (author_key) where status = 'held';

alter table author
    add column held        boolean not null default false,
    add column held_reason text,
    add column held_by     text,
    add column held_at     timestamptz;
