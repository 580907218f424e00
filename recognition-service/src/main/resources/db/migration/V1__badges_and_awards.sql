-- Badges a person can earn, and who earned which. Recognition is never monetary: no column can hold an amount, and a
-- badge that speaks of money, vouchers or discounts is refused.

create table badge_definition (
    code        text primary key,
    name        text not null,
    description text not null,
    criteria    text not null,
    constraint badge_definition_code check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint badge_definition_never_monetary check (
        name || ' ' || description || ' ' || criteria
            !~* '(money|cash|payment|voucher|coupon|gift card|discount|rebate|commission|[$€£¥])')
);

insert into badge_definition (code, name, description, criteria)
values ('first-voice', 'First Voice', 'Spoke up for the brand for the first time', 'first positive mention');

-- One award per person and badge: a redelivered or repeated event cannot award a badge twice.
create table award (
    id          uuid primary key,
    advocate_id uuid        not null,
    badge_code  text        not null references badge_definition (code),
    awarded_at  timestamptz not null,
    reason      text        not null,
    constraint award_once_per_badge unique (advocate_id, badge_code)
);

create index award_awarded on award (awarded_at desc, id);
