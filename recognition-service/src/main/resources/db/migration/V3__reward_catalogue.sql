-- The rewards a programme can offer its advocates: access and recognition, never money or its stand-ins. The
-- service refuses monetary kinds and wording with a reason; this check is the last line behind it.
create table reward (
    id          uuid primary key,
    code        text        not null unique,
    kind        text        not null,
    name        text        not null,
    description text        not null,
    created_at  timestamptz not null,
    constraint reward_code check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint reward_kind check (
        kind in ('early-access', 'council-seat', 'event-invitation', 'product-preview', 'spotlight')),
    constraint reward_never_monetary check (
        name || ' ' || description
            !~* '(money|cash|payment|voucher|coupon|gift ?card|discount|rebate|commission|store credit|[$€£¥])')
);
